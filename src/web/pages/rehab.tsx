/**
 * Rehabilitation team (rehabiliteringsteam): meetings with an agenda of at
 * most 10 cases, the team's recommendation (indstilling) and the decision.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import {
  api,
  type CitizenSummary,
  type Id,
  type RehabCase,
  type RehabMeeting,
  type Role,
} from '../api.ts';
import { citizenLabel, ErrorNote, Loading, PageHeading, todayIso, useMe } from '../components.tsx';
import { type MessageKey, useI18n } from '../i18n.tsx';
import { useIdempotentMutation } from '../idempotent.ts';
import { Link } from '../router.tsx';
import { Field, FormError, invalidProps, useFieldError } from './citizen-forms.tsx';

const MAX_CASES = 10;
const RECOMMENDATIONS = [
  'ressourceforloeb',
  'jobafklaringsforloeb',
  'fleksjob',
  'foertidspension',
  'revalidering',
  'other',
] as const;
const DECISIONS = ['follows', 'deviates', 'postponed'] as const;

export function RehabPage({ role }: { role: Role }) {
  const canWrite = role === 'caseworker' || role === 'team-leader';
  const { t } = useI18n();
  const ids = useId();
  const meetings = useQuery({
    queryKey: ['rehab-meetings'],
    queryFn: () => api.get('/api/rehab-meetings'),
    select: (d) => [...d.items].sort((a, b) => b.date.localeCompare(a.date)),
  });
  return (
    <section>
      <PageHeading>{t('rehab.title')}</PageHeading>
      <p className="lead">{t('rehab.intro')}</p>
      <div className="two-col">
        <div>
          <h2 id={`${ids}-meetings`}>{t('rehab.meetings')}</h2>
          {meetings.isPending ? <Loading /> : null}
          <ErrorNote error={meetings.error} />
          {meetings.data?.length === 0 ? <p className="empty">{t('rehab.noMeetings')}</p> : null}
          {meetings.data?.map((m) => (
            <Meeting key={String(m.id)} meeting={m} canWrite={canWrite} />
          ))}
        </div>
        {canWrite ? <NewMeeting /> : null}
      </div>
    </section>
  );
}

function Meeting({ meeting, canWrite }: { meeting: RehabMeeting; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const ids = useId();
  const date = new Date(`${meeting.date}T00:00:00Z`).toLocaleDateString(
    lang === 'da' ? 'da-DK' : 'en-GB',
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
  return (
    <section
      className="card meeting"
      aria-labelledby={`${ids}-h`}
      data-meeting={String(meeting.id)}
    >
      <h3 id={`${ids}-h`}>
        {t('rehab.meeting', { date })}{' '}
        <span className="muted small">{t('rehab.cases', { n: meeting.cases.length })}</span>
      </h3>
      <ol className="agenda">
        {meeting.cases.map((c) => (
          <AgendaCase
            key={String(c.citizenId)}
            meetingId={meeting.id}
            item={c}
            canWrite={canWrite}
          />
        ))}
      </ol>
    </section>
  );
}

function AgendaCase({
  meetingId,
  item,
  canWrite,
}: {
  meetingId: Id;
  item: RehabCase;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const ids = useId();
  const queryClient = useQueryClient();
  const [recommendation, setRecommendation] = useState(item.recommendation ?? '');
  const [decision, setDecision] = useState(item.decision ?? '');
  const [saved, setSaved] = useState(false);
  const save = useIdempotentMutation({
    mutationFn: (_: undefined, idempotencyKey) =>
      api.put(
        '/api/rehab-meetings/{id}/cases/{citizenId}',
        { recommendation: recommendation || null, decision: decision || null },
        { path: { id: meetingId, citizenId: item.citizenId }, idempotencyKey },
      ),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['rehab-meetings'] });
      await queryClient.invalidateQueries({ queryKey: ['citizen', String(item.citizenId)] });
    },
  });
  const fieldError = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate();
  };
  return (
    <li>
      <form className="agenda-case" onSubmit={submit}>
        <p className="agenda-citizen">
          <Link to={`/citizens/${encodeURIComponent(String(item.citizenId))}`}>
            {citizenLabel(item)}
          </Link>
        </p>
        <div className="field-row">
          <Field
            id={`${ids}-rec`}
            label={t('rehab.recommendation')}
            error={fieldError('recommendation')}
          >
            <select
              id={`${ids}-rec`}
              value={recommendation}
              {...invalidProps(fieldError('recommendation'), `${ids}-rec`)}
              onChange={(e) => setRecommendation(e.target.value)}
            >
              <option value="">–</option>
              {RECOMMENDATIONS.map((r) => (
                <option key={r} value={r}>
                  {t(`rehab.rec.${r}` as MessageKey)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${ids}-dec`} label={t('rehab.decision')} error={fieldError('decision')}>
            <select
              id={`${ids}-dec`}
              value={decision}
              {...invalidProps(fieldError('decision'), `${ids}-dec`)}
              onChange={(e) => setDecision(e.target.value)}
            >
              <option value="">{t('rehab.pending')}</option>
              {DECISIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`rehab.dec.${d}` as MessageKey)}
                </option>
              ))}
            </select>
          </Field>
          <div className="actions">
            <button type="submit" className="button" disabled={save.isPending || !canWrite}>
              {save.isPending ? t('app.saving') : t('rehab.saveCase')}
            </button>
          </div>
        </div>
        <p className="saved-message" role="status">
          {saved ? t('app.saved') : ''}
        </p>
        <FormError error={save.error} />
      </form>
    </li>
  );
}

function NewMeeting() {
  const { t } = useI18n();
  const ids = useId();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(todayIso());
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Map<string, CitizenSummary>>(new Map());
  const me = useMe();
  // The team's own cases: those are the ones its caseworkers bring to the rehabilitation team.
  const teamId = me.data?.teamId ?? undefined;
  const citizens = useQuery({
    queryKey: ['citizens', q, 0, 'rehab', teamId],
    queryFn: () => api.get('/api/citizens', { query: { q, limit: 30, teamId } }),
    enabled: me.isSuccess,
  });
  const create = useIdempotentMutation({
    mutationFn: (_: undefined, idempotencyKey) =>
      api.post(
        '/api/rehab-meetings',
        { date, citizenIds: [...picked.values()].map((c) => c.id) },
        { idempotencyKey },
      ),
    onSuccess: async () => {
      setPicked(new Map());
      await queryClient.invalidateQueries({ queryKey: ['rehab-meetings'] });
    },
  });
  const fieldError = useFieldError(create.error);
  const toggle = (c: CitizenSummary, on: boolean) => {
    const next = new Map(picked);
    if (on) next.set(String(c.id), c);
    else next.delete(String(c.id));
    setPicked(next);
  };
  const full = picked.size >= MAX_CASES;
  const list = [
    ...picked.values(),
    ...(citizens.data?.items ?? []).filter((c) => !picked.has(String(c.id))),
  ];
  return (
    <section className="card" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('rehab.new')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Field id={`${ids}-date`} label={t('rehab.date')} error={fieldError('date')}>
          <input
            id={`${ids}-date`}
            type="date"
            required
            value={date}
            {...invalidProps(fieldError('date'), `${ids}-date`)}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <div className="field">
          <label htmlFor={`${ids}-q`}>{t('citizens.search')}</label>
          <input id={`${ids}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <fieldset className="checks scroll" aria-describedby={`${ids}-count`}>
          <legend>{t('rehab.pickCases')}</legend>
          {fieldError('citizenIds') ? (
            <p className="field-error" role="alert">
              {fieldError('citizenIds')}
            </p>
          ) : null}
          {list.map((c) => {
            const on = picked.has(String(c.id));
            return (
              <label key={String(c.id)}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && full}
                  onChange={(e) => toggle(c, e.target.checked)}
                />
                {citizenLabel(c)}
                {c.targetGroup ? <span className="muted small"> · {c.targetGroup}</span> : null}
              </label>
            );
          })}
        </fieldset>
        <p id={`${ids}-count`} className="muted" aria-live="polite">
          {t('rehab.picked', { n: picked.size })}
          {full ? ` – ${t('rehab.limit')}` : ''}
        </p>
        <FormError error={create.error} />
        <div className="actions">
          <button
            type="submit"
            className="button primary"
            disabled={create.isPending || picked.size === 0}
          >
            {create.isPending ? t('app.saving') : t('rehab.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
