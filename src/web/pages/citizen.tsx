/**
 * One citizen: a timeline of benefit spells and case events, the rules
 * engine's obligations with the explanation (trace) behind each, its
 * findings, and the forms to record new events.
 */

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { danishDates, foldContentFindings } from '../../rules/words-da.ts';
import { api, type CaseEvent, type CitizenDetail, type Obligation } from '../api.ts';
import {
  citizenLabel,
  DateText,
  DueDate,
  ErrorPage,
  formatDate,
  Loading,
  PageHeading,
  Progress,
  StatusBadge,
  TrialBadge,
  todayIso,
} from '../components.tsx';
import { type MessageKey, useI18n } from '../i18n.tsx';
import { LawBanner } from '../law-banner.tsx';
import {
  CertificateForm,
  ExemptionForm,
  InterviewForm,
  NoteForm,
  OfferForm,
} from './citizen-forms.tsx';

type FormKind = 'interview' | 'certificate' | 'offer' | 'note' | 'exemption';
const FORM_KINDS: FormKind[] = ['interview', 'certificate', 'offer', 'note', 'exemption'];

export function CitizenPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['citizen', id],
    queryFn: () => api.get('/api/citizens/{id}', { path: { id } }),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorPage error={query.error} />;
  const data = query.data;
  const c = data.citizen;
  const canEdit = data.canWrite;

  return (
    <article className="citizen" data-version={c.version}>
      <PageHeading>{citizenLabel(c)}</PageHeading>
      <dl className="facts">
        {c.cpr ? (
          <div>
            <dt>{t('citizen.cpr')}</dt>
            <dd className="mono">{c.cpr}</dd>
          </div>
        ) : null}
        {c.pseudonym && c.name ? (
          <div>
            <dt>{t('citizen.pseudonym')}</dt>
            <dd className="mono">{c.pseudonym}</dd>
          </div>
        ) : null}
        {c.birthDate ? (
          <div>
            <dt>{t('citizen.birthDate')}</dt>
            <dd>
              <DateText value={c.birthDate} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('citizen.municipality')}</dt>
          <dd title={c.municipalityCode}>{c.municipalityName}</dd>
        </div>
        <div>
          <dt>{t('citizen.version')}</dt>
          <dd data-testid="case-version">{c.version}</dd>
        </div>
      </dl>

      <LawBanner law={data.evaluation.law} />
      <div className="citizen-grid">
        <div className="citizen-main">
          <Obligations data={data} />
          <Findings data={data} />
          <Timeline data={data} />
        </div>
        {canEdit ? (
          <aside className="citizen-side">
            <RecordPanel
              citizenId={id}
              version={c.version}
              today={data.evaluation.asOf ?? todayIso()}
            />
          </aside>
        ) : null}
      </div>
    </article>
  );
}

type Part = CitizenDetail['evaluation']['obligations'][number];
type Grouped = Part & { progress?: { met: number; of: number }; metByAll: string[] };

/**
 * The parts of one obligation ("4 jobsamtaler inden for 6 måneder": one slot
 * per interview) share rule, spell, window and deadline: one row with its
 * progress ("2 af 4 holdt"), showing the first open part's status.
 */
export function groupParts(parts: readonly Part[]): Grouped[] {
  const groups = new Map<string, Part[]>();
  for (const o of parts) {
    const k = `${o.ruleId}|${o.spellId}|${o.windowStart}|${o.dueBy}|${o.trialId ?? ''}`;
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  return [...groups.values()].map((g) => {
    const open = g.find((x) => x.status !== 'met' && x.status !== 'waived');
    const lead = open ?? g.find((x) => x.late) ?? g[0]!;
    const metByAll = g.flatMap((x) => (x.metBy ? [x.metBy] : []));
    const met = g.filter((x) => x.status === 'met').length;
    return { ...lead, metByAll, ...(g.length > 1 ? { progress: { met, of: g.length } } : {}) };
  });
}

function Obligations({ data }: { data: CitizenDetail }) {
  const { t, pick, label, lang } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const ids = useId();
  const obligations = groupParts(data.evaluation.obligations).sort(
    (a, b) => a.dueBy.localeCompare(b.dueBy) || a.ruleId.localeCompare(b.ruleId),
  );
  const keyOf = (o: Obligation, i: number) => `${o.ruleId}|${o.spellId}|${o.seq ?? i}`;
  return (
    <section className="card" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('citizen.obligations')}</h2>
      {obligations.length === 0 ? (
        <p className="empty">{t('citizen.obligationsEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="obligations">
            <thead>
              <tr>
                <th scope="col">{t('citizen.col.rule')}</th>
                <th scope="col">{t('citizen.col.window')}</th>
                <th scope="col">{t('citizen.col.due')}</th>
                <th scope="col">{t('citizen.col.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('citizen.explain')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {obligations.map((o, i) => {
                const k = keyOf(o, i);
                const expanded = open === k;
                const panelId = `${ids}-trace-${i}`;
                const title = o.ruleTitle ? pick(o.ruleTitle) : o.ruleId;
                const trace = data.evaluation.trace.filter(
                  (e) => e.ruleId === o.ruleId && (!e.spellId || e.spellId === o.spellId),
                );
                return [
                  <tr
                    key={k}
                    data-rule={o.ruleId}
                    data-status={o.status}
                    data-due={o.dueBy}
                    data-trial={o.trialId ?? undefined}
                  >
                    <td>
                      <span className="rule-title">{title}</span>{' '}
                      {o.trialId ? <TrialBadge trialId={o.trialId} /> : null}
                      <span className="rule-meta">
                        {o.legalRef} · {label('kind', o.kind)}
                      </span>
                    </td>
                    <td className="nowrap">
                      <DateText value={o.windowStart} />
                    </td>
                    <td className="nowrap">
                      <DueDate value={o.dueBy} note={o.dueNote} />
                    </td>
                    <td>
                      <StatusBadge
                        status={o.status}
                        late={o.late}
                        dueToday={o.dueBy === data.evaluation.asOf}
                      />{' '}
                      {o.progress ? <Progress met={o.progress.met} of={o.progress.of} /> : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button-link"
                        aria-expanded={expanded}
                        aria-controls={panelId}
                        onClick={() => setOpen(expanded ? null : k)}
                      >
                        {t('citizen.explain')}
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    </td>
                  </tr>,
                  expanded ? (
                    <tr key={`${k}-trace`} className="trace-row">
                      <td colSpan={5} id={panelId}>
                        <h3 className="small-heading">
                          {t('citizen.explainFor', { rule: title })}
                        </h3>
                        {o.metByAll.map((id) => (
                          <MetBy key={id} data={data} eventId={id} />
                        ))}
                        {trace.length === 0 ? (
                          <p className="muted">{t('citizen.explainEmpty')}</p>
                        ) : (
                          <ol className="trace">
                            {trace.map((e, j) => (
                              // biome-ignore lint/suspicious/noArrayIndexKey: the trace is a fixed, ordered list
                              <li key={j} title={e.ruleId ?? undefined}>
                                {lang === 'da' ? danishDates(e.da) : e.en}
                              </li>
                            ))}
                          </ol>
                        )}
                      </td>
                    </tr>
                  ) : null,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
      {data.evaluation.trace.length > 0 ? (
        <details className="full-trace">
          <summary>{t('citizen.showAllTrace')}</summary>
          <ol className="trace">
            {data.evaluation.trace.map((e, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the trace is a fixed, ordered list
              <li key={j} title={e.ruleId ?? undefined}>
                {lang === 'da' ? danishDates(e.da) : e.en}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

/** "Opfyldt ved jobsamtale den 17. april 2019", linked to the event on the timeline (no internal ids). */
function MetBy({ data, eventId }: { data: CitizenDetail; eventId: string }) {
  const { t, label, lang } = useI18n();
  const ev = data.events.find((e) => String(e.id) === eventId);
  if (!ev) return null;
  return (
    <p>
      <a href={`#event-${ev.id}`}>
        {t('citizen.metBy', {
          what: label('eventType', ev.type).toLowerCase(),
          date: formatDate(ev.date, lang),
        })}
      </a>
    </p>
  );
}

function Findings({ data }: { data: CitizenDetail }) {
  const { t, lang } = useI18n();
  const ids = useId();
  // Missing content items on interviews: one low-key note, not a warning per interview.
  const { rest: findings, note } = foldContentFindings(
    data.evaluation.findings,
    (id) => data.events.find((e) => String(e.id) === id)?.date,
  );
  return (
    <section className="card" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('citizen.findings')}</h2>
      {findings.length === 0 && !note ? (
        <p className="empty">{t('citizen.findingsEmpty')}</p>
      ) : (
        <ul className="findings">
          {findings.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id of their own
            <li key={i} className={`finding finding-${f.severity}`}>
              <span className={`badge badge-sev-${f.severity}`}>
                {t(`citizen.severity.${f.severity}` as MessageKey)}
              </span>{' '}
              <span data-rule={f.ruleId}>
                {lang === 'da' ? danishDates(f.message.da) : f.message.en}
              </span>{' '}
              {f.trialId ? <TrialBadge trialId={f.trialId} /> : null}
            </li>
          ))}
          {note ? (
            <li className="finding finding-note muted small" data-testid="content-note">
              {t('citizen.note')}: {note[lang]}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}

interface TimelineEntry {
  date: string;
  key: string;
  kind: 'spell-start' | 'spell-end' | 'event';
  text: string;
  detail?: string;
  event?: CaseEvent;
}

interface DetailContext {
  label: (p: string, c: string) => string;
  t: ReturnType<typeof useI18n>['t'];
  /** Employer names by id (for offers). */
  employers: Map<string, string>;
}

function eventDetail(e: CaseEvent, { label, t, employers }: DetailContext): string {
  const parts: string[] = [];
  if (e.form) parts.push(label('interviewForm', e.form));
  const d = e.details ?? {};
  if (typeof d.offerKind === 'string') parts.push(label('offerKind', d.offerKind));
  if (typeof d.kind === 'string' && e.type === 'offer') parts.push(label('offerKind', d.kind));
  if (typeof d.certificate === 'string') parts.push(d.certificate.replace(/^LAE/, 'LÆ'));
  if (typeof d.priceDkk === 'number') parts.push(`${d.priceDkk.toLocaleString('da-DK')} kr.`);
  if (typeof d.employerName === 'string') parts.push(d.employerName);
  else if (d.employerId != null && employers.get(String(d.employerId))) {
    parts.push(t('timeline.employer', { name: employers.get(String(d.employerId))! }));
  }
  if (e.contentItems?.length) parts.push(e.contentItems.map((c) => label('content', c)).join(', '));
  if (typeof d.text === 'string') parts.push(d.text);
  if (e.end) parts.push(`→ ${e.end}`);
  if (e.conductedBy) parts.push(e.conductedBy);
  // The agreement about the next interview (LAB § 31 ff.: agreed at each interview).
  const next = (d.nextAgreement ?? (e as { nextAgreement?: unknown }).nextAgreement) as
    | { form?: string; date?: string; content?: string[] }
    | undefined;
  if (next?.date) {
    parts.push(
      t('timeline.nextAgreement', {
        form: next.form ? label('interviewForm', next.form) : '',
        date: next.date,
      }) + (next.content?.length ? ` (${next.content.join(', ')})` : ''),
    );
  }
  return parts.join(' · ');
}

function Timeline({ data }: { data: CitizenDetail }) {
  const { t, label } = useI18n();
  const ids = useId();
  const employerList = useQuery({
    queryKey: ['employers'],
    queryFn: () => api.get('/api/employers'),
  });
  const employers = new Map(
    (employerList.data?.items ?? []).map((x) => [String(x.id), x.name] as const),
  );
  const entries: TimelineEntry[] = [];
  for (const s of data.spells) {
    entries.push({
      date: s.start,
      key: `s-${s.id}`,
      kind: 'spell-start',
      text: t('citizen.spellStart', { benefit: label('benefit', s.benefit), group: s.targetGroup }),
      ...(s.transferredFromId != null
        ? { detail: t('citizen.transferredFrom', { id: String(s.transferredFromId) }) }
        : {}),
    });
    if (s.end)
      entries.push({
        date: s.end,
        key: `se-${s.id}`,
        kind: 'spell-end',
        text: t('citizen.spellEnd', { benefit: label('benefit', s.benefit) }),
      });
  }
  for (const e of data.events) {
    entries.push({
      date: e.date,
      key: `e-${e.id}`,
      kind: 'event',
      text: label('eventType', e.type),
      detail: eventDetail(e, { label, t, employers }),
      event: e,
    });
  }
  entries.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));

  // Spell bars: positions as shares of the whole span from the first start to today/last end.
  const starts = data.spells.map((s) => Date.parse(s.start));
  const asOf = data.evaluation.asOf ?? new Date().toISOString().slice(0, 10);
  const ends = data.spells.map((s) => Date.parse(s.end ?? asOf));
  const min = Math.min(...starts);
  const max = Math.max(...ends, Date.parse(asOf));
  const span = Math.max(1, max - min);

  return (
    <section className="card" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('citizen.timeline')}</h2>
      <h3 className="small-heading">{t('citizen.spells')}</h3>
      {data.spells.length === 0 ? (
        <p className="empty">{t('citizen.spellsEmpty')}</p>
      ) : (
        <ul className="spells">
          {data.spells.map((s) => {
            const left = ((Date.parse(s.start) - min) / span) * 100;
            const width = Math.max(
              1,
              ((Date.parse(s.end ?? asOf) - Date.parse(s.start)) / span) * 100,
            );
            return (
              <li key={String(s.id)}>
                <span className="spell-label">
                  <strong>{label('benefit', s.benefit)}</strong> · {s.targetGroup} ·{' '}
                  <DateText value={s.start} /> –{' '}
                  {s.end ? <DateText value={s.end} /> : t('citizen.ongoing')}
                  {s.flags.length > 0 ? (
                    <span className="muted" data-testid="spell-flags">
                      {' '}
                      · {s.flags.map((f) => label('spellFlag', f)).join(', ')}
                    </span>
                  ) : null}
                </span>
                <span className="spell-track" aria-hidden="true">
                  <span
                    className={`spell-bar${s.end ? '' : ' ongoing'}`}
                    style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }}
                  />
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {entries.length === 0 ? (
        <p className="empty">{t('citizen.eventsEmpty')}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {entries.map((e) => (
            <li
              key={e.key}
              id={e.event ? `event-${e.event.id}` : undefined}
              className={`tl-${e.kind}`}
              data-type={e.event?.type ?? e.kind}
            >
              <span className="tl-date">
                <DateText value={e.date} />
              </span>
              <span className="tl-body">
                <span className="tl-title">{e.text}</span>
                {e.event?.resetsClock ? <span className="badge badge-met">↺</span> : null}
                {e.event?.trialId ? <TrialBadge trialId={e.event.trialId} /> : null}
                {e.detail ? <span className="tl-detail">{e.detail}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RecordPanel({
  citizenId,
  version,
  today,
}: {
  citizenId: string;
  version: number;
  today: string;
}) {
  const { t } = useI18n();
  const ids = useId();
  const [kind, setKind] = useState<FormKind>('interview');
  const [saved, setSaved] = useState<string>('');
  const onSaved = (what: FormKind) => setSaved(t('form.saved', { what: t(`form.${what}`) }));
  const props = { citizenId, version, today, onSaved: () => onSaved(kind) };
  return (
    <section className="card record" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('citizen.record')}</h2>
      <fieldset className="segmented wrap">
        <legend>{t('citizen.recordWhat')}</legend>
        {FORM_KINDS.map((k) => (
          <label key={k} className={kind === k ? 'selected' : undefined}>
            <input
              type="radio"
              name={`${ids}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setSaved('');
              }}
            />
            {t(`form.${k}`)}
          </label>
        ))}
      </fieldset>
      <p className="saved-message" role="status" aria-live="polite">
        {saved}
      </p>
      {kind === 'interview' ? <InterviewForm {...props} /> : null}
      {kind === 'certificate' ? <CertificateForm {...props} /> : null}
      {kind === 'offer' ? <OfferForm {...props} /> : null}
      {kind === 'note' ? <NoteForm {...props} /> : null}
      {kind === 'exemption' ? <ExemptionForm {...props} /> : null}
    </section>
  );
}
