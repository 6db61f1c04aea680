/**
 * Trial administration (frikommuneforsøg): the catalogue, with the periods
 * a trial is enabled in the user's municipality; enable for chosen target
 * groups and a period, or disable from a date.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { TARGET_GROUPS, type TargetGroupCode } from '../../reference/target-groups.ts';
import { api, type Body, type Role, type TrialEntry } from '../api.ts';
import { DateText, ErrorNote, Loading, PageHeading, todayIso } from '../components.tsx';
import { useI18n } from '../i18n.tsx';
import { useIdempotentMutation } from '../idempotent.ts';

export function TrialsPage({ role }: { role: Role }) {
  const { t } = useI18n();
  const trials = useQuery({
    queryKey: ['trials'],
    queryFn: () => api.get('/api/trials'),
    select: (d) => d.items,
  });
  const canAdmin = role === 'administrator';
  // The municipality's own trials first, then the rest of the catalogue.
  const items = [...(trials.data ?? [])].sort(
    (a, b) => Number(b.participant) - Number(a.participant),
  );
  return (
    <section>
      <PageHeading>{t('trials.title')}</PageHeading>
      <p className="lead">{t('trials.intro')}</p>
      {canAdmin ? null : <p className="muted">{t('trials.readOnly')}</p>}
      {trials.isPending ? <Loading /> : null}
      <ErrorNote error={trials.error} />
      {trials.data?.length === 0 ? <p className="empty">{t('trials.empty')}</p> : null}
      <ul className="trial-list">
        {items.map((trial) => (
          <li key={trial.id}>
            <Trial trial={trial} canAdmin={canAdmin} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function isActive(trial: TrialEntry, today: string): boolean {
  return trial.enabled.some((p) => p.start <= today && (!p.end || p.end >= today));
}

function Trial({ trial, canAdmin }: { trial: TrialEntry; canAdmin: boolean }) {
  const { t, pick } = useI18n();
  const ids = useId();
  const [mode, setMode] = useState<'none' | 'enable' | 'disable'>('none');
  const active = isActive(trial, todayIso());
  const title = pick(trial.title);
  const participant = trial.participant ?? true;
  return (
    <article
      className={`card trial${active ? ' trial-active' : ''}`}
      aria-labelledby={`${ids}-h`}
      data-trial={trial.id}
      data-active={active}
    >
      <header className="trial-head">
        <h2 id={`${ids}-h`} className="trial-title">
          {title}
        </h2>
        <span className={`badge ${active ? 'badge-met' : 'badge-neutral'}`}>
          {active ? t('trials.enabled') : t('trials.notEnabled')}
        </span>
      </header>
      <p className="muted small">
        <span className="mono">{trial.id}</span>
        {trial.legalBasis ? ` · ${t('trials.legalBasis')}: ${trial.legalBasis}` : ''}
      </p>
      {participant ? (
        trial.participation?.length ? (
          <p className="small">
            {t('trials.participation')}:{' '}
            {trial.participation.map((m, i) => (
              <span key={`${m.code}-${m.part ?? ''}`}>
                {i > 0 ? '; ' : ''}
                {m.name}
                {m.part ? ` (${t('trials.part', { part: m.part })})` : ''}{' '}
                <DateText value={m.start} /> –{' '}
                {m.end ? <DateText value={m.end} /> : t('trials.openEnded')} ·{' '}
                {m.targetGroups.join(', ')}
              </span>
            ))}
          </p>
        ) : null
      ) : (
        <p className="muted small">{t('trials.notParticipant')}</p>
      )}
      {trial.uses ? <p className="small">{t('trials.uses', { n: trial.uses })}</p> : null}
      {trial.rulesAffected?.length ? (
        <details className="small">
          <summary>{t('trials.rulesAffected')}</summary>
          <p className="mono">{trial.rulesAffected.join(', ')}</p>
        </details>
      ) : null}
      {trial.enabled.length > 0 ? (
        <ul className="periods">
          {trial.enabled.map((p) => (
            <li key={`${p.start}-${p.end ?? ''}`}>
              <DateText value={p.start} /> –{' '}
              {p.end ? <DateText value={p.end} /> : t('trials.openEnded')}
              {p.targetGroups?.length ? (
                <span className="muted">
                  {' '}
                  · {t('trials.targetGroups')}: {p.targetGroups.join(', ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canAdmin && participant ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            aria-expanded={mode === 'enable'}
            onClick={() => setMode(mode === 'enable' ? 'none' : 'enable')}
          >
            {t('trials.enable')}
            <span className="visually-hidden">: {title}</span>
          </button>
          {active ? (
            <button
              type="button"
              className="button"
              aria-expanded={mode === 'disable'}
              onClick={() => setMode(mode === 'disable' ? 'none' : 'disable')}
            >
              {t('trials.disable')}
              <span className="visually-hidden">: {title}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === 'enable' ? <EnableForm trial={trial} onDone={() => setMode('none')} /> : null}
      {mode === 'disable' ? <DisableForm trial={trial} onDone={() => setMode('none')} /> : null}
    </article>
  );
}

type TrialChange =
  | { action: 'enable'; trialId: string; body: Body<'/api/trials/{trialId}/enable', 'post'> }
  | { action: 'disable'; trialId: string; body: Body<'/api/trials/{trialId}/disable', 'post'> };

function useTrialChange() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (c: TrialChange, idempotencyKey): Promise<unknown> => {
      const params = { path: { trialId: c.trialId }, idempotencyKey };
      return c.action === 'enable'
        ? api.post('/api/trials/{trialId}/enable', c.body, params)
        : api.post('/api/trials/{trialId}/disable', c.body, params);
    },
    onSuccess: async () => {
      // A trial changes the rules on many cases: every cached case and worklist is stale.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['trials'] }),
        queryClient.invalidateQueries({ queryKey: ['worklist'] }),
        queryClient.invalidateQueries({ queryKey: ['citizen'] }),
      ]);
    },
  });
}

function EnableForm({ trial, onDone }: { trial: TrialEntry; onDone: () => void }) {
  const { t, pick, lang } = useI18n();
  const ids = useId();
  const change = useTrialChange();
  // Only the target groups the trial covers in this municipality can be chosen.
  const allowed = new Set(
    trial.participation?.length
      ? trial.participation.flatMap((m) => m.targetGroups)
      : (trial.targetGroups ?? []),
  );
  const groups = TARGET_GROUPS.filter((g) => allowed.size === 0 || allowed.has(g.code));
  const [picked, setPicked] = useState<TargetGroupCode[]>(groups.map((g) => g.code));
  const [start, setStart] = useState(todayIso());
  const [end, setEnd] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (picked.length === 0) {
      setProblem(t('trials.pickGroup'));
      return;
    }
    setProblem('');
    change.mutate(
      {
        action: 'enable',
        trialId: trial.id,
        body: { targetGroups: picked, start, ...(end ? { end } : {}) },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      className="subform"
      onSubmit={submit}
      aria-label={t('trials.enableFor', { title: pick(trial.title) })}
    >
      <fieldset className="checks columns">
        <legend>{t('trials.targetGroups')}</legend>
        {groups.map((g) => (
          <label key={g.code}>
            <input
              type="checkbox"
              checked={picked.includes(g.code)}
              onChange={(e) =>
                setPicked(
                  e.target.checked ? [...picked, g.code] : picked.filter((c) => c !== g.code),
                )
              }
            />
            {g.code} {lang === 'da' ? g.nameDa : g.nameEn}
          </label>
        ))}
      </fieldset>
      {problem ? (
        <div className="alert alert-error" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${ids}-start`}>{t('trials.start')}</label>
          <input
            id={`${ids}-start`}
            type="date"
            required
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-end`}>
            {t('trials.end')} {t('app.optional')}
          </label>
          <input
            id={`${ids}-end`}
            type="date"
            min={start}
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
      </div>
      <ErrorNote error={change.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={change.isPending}>
          {change.isPending ? t('app.saving') : t('trials.enable')}
        </button>
        <button type="button" className="button-link" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}

function DisableForm({ trial, onDone }: { trial: TrialEntry; onDone: () => void }) {
  const { t, pick } = useI18n();
  const ids = useId();
  const change = useTrialChange();
  const [end, setEnd] = useState(todayIso());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ action: 'disable', trialId: trial.id, body: { end } }, { onSuccess: onDone });
  };
  return (
    <form
      className="subform"
      onSubmit={submit}
      aria-label={t('trials.disableFor', { title: pick(trial.title) })}
    >
      <div className="field">
        <label htmlFor={`${ids}-end`}>{t('trials.disableFrom')}</label>
        <input
          id={`${ids}-end`}
          type="date"
          required
          value={end}
          onChange={(e) => setEnd(e.target.value)}
        />
      </div>
      <ErrorNote error={change.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={change.isPending}>
          {change.isPending ? t('app.saving') : t('trials.disable')}
        </button>
        <button type="button" className="button-link" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
