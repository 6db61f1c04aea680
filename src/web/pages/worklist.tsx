/**
 * Worklist: the rules engine's obligations on the user's (or the team's)
 * cases, sorted by due date, with the rule, its paragraph and any trial.
 */

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, type ObligationStatus, type Role } from '../api.ts';
import {
  citizenLabel,
  DueDate,
  ErrorNote,
  Loading,
  PageHeading,
  Progress,
  StatusBadge,
  TrialBadge,
} from '../components.tsx';
import { type MessageKey, useI18n } from '../i18n.tsx';
import { LawBanner } from '../law-banner.tsx';
import { Link } from '../router.tsx';
import { MunicipalityObligationsPanel } from './municipality-obligations.tsx';

type StatusFilter = 'open' | ObligationStatus;
/** The worklist carries open obligations only; met and waived ones are on the citizen page. */
const STATUS_FILTERS: StatusFilter[] = ['open', 'overdue', 'due', 'upcoming'];
/** The server sends the list a page at a time, the most urgent first. */
const PAGE_SIZE = 100;
const STATUS_ORDER: Record<ObligationStatus, number> = {
  overdue: 0,
  due: 1,
  upcoming: 2,
  met: 3,
  waived: 4,
};

export function WorklistPage({ role }: { role: Role }) {
  const { t, pick, label } = useI18n();
  const [scope, setScope] = useState<'mine' | 'team'>(role === 'team-leader' ? 'team' : 'mine');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [asOf, setAsOf] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const ids = useId();
  const query = useQuery({
    queryKey: ['worklist', scope, asOf, status, limit],
    queryFn: () => api.get('/api/worklist', { query: { scope, asOf, status, limit } }),
    placeholderData: (previous) => previous,
  });

  const items = (query.data?.items ?? [])
    .filter((i) =>
      status === 'open'
        ? i.status === 'overdue' || i.status === 'due' || i.status === 'upcoming'
        : i.status === status,
    )
    .sort(
      (a, b) =>
        a.dueBy.localeCompare(b.dueBy) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        String(a.citizenId).localeCompare(String(b.citizenId)),
    );

  return (
    <section>
      <PageHeading>{t('worklist.title')}</PageHeading>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="segmented">
          <legend>{t('worklist.scope')}</legend>
          {(['mine', 'team'] as const).map((s) => (
            <label key={s} className={scope === s ? 'selected' : undefined}>
              <input
                type="radio"
                name="scope"
                value={s}
                checked={scope === s}
                onChange={() => {
                  setScope(s);
                  setLimit(PAGE_SIZE);
                }}
              />
              {t(s === 'mine' ? 'worklist.scopeMine' : 'worklist.scopeTeam')}
            </label>
          ))}
        </fieldset>
        <div className="field inline">
          <label htmlFor={`${ids}-status`}>{t('worklist.status')}</label>
          <select
            id={`${ids}-status`}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as StatusFilter);
              setLimit(PAGE_SIZE);
            }}
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {s === 'open'
                  ? `${t('status.overdue')}, ${t('status.due').toLowerCase()}, ${t('status.upcoming').toLowerCase()}`
                  : t(`status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor={`${ids}-asof`}>{t('worklist.asOf')}</label>
          <input
            id={`${ids}-asof`}
            type="date"
            value={asOf || query.data?.asOf || ''}
            onChange={(e) => {
              setAsOf(e.target.value);
              setLimit(PAGE_SIZE);
            }}
          />
        </div>
      </form>

      {query.isPending ? <Loading /> : null}
      <ErrorNote error={query.error} />
      {query.data ? (
        <>
          <LawBanner law={query.data.law} />
          {role === 'team-leader' || role === 'administrator' ? (
            <MunicipalityObligationsPanel asOf={query.data.asOf} />
          ) : null}
          <p className="summary" aria-live="polite">
            <span className="count-pill overdue">
              {t('status.overdue')}: <strong>{query.data.counts.overdue}</strong>
            </span>
            <span className="count-pill due">
              {t('status.due')}: <strong>{query.data.counts.due}</strong>
            </span>
            <span className="count-pill upcoming">
              {t('status.upcoming')}: <strong>{query.data.counts.upcoming}</strong>
            </span>
            <span className="muted">
              {query.data.total > items.length
                ? t('worklist.showing', { n: items.length, total: query.data.total })
                : t('worklist.count', { n: items.length })}
            </span>
          </p>

          {scope === 'team' && query.data.perCaseworker && query.data.perCaseworker.length > 0 ? (
            <div className="table-wrap">
              <table className="data compact" data-testid="per-caseworker">
                <caption>{t('worklist.perCaseworker')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('worklist.col.caseworker')}</th>
                    <th scope="col" className="num">
                      {t('worklist.col.overdue')}
                    </th>
                    <th scope="col" className="num">
                      {t('worklist.col.dueCount')}
                    </th>
                    <th scope="col" className="num">
                      {t('worklist.col.upcoming')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...query.data.perCaseworker]
                    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name))
                    .map((c) => (
                      <tr key={String(c.caseworkerId)}>
                        <th scope="row">{c.name}</th>
                        <td className={`num${c.overdue > 0 ? ' text-overdue' : ''}`}>
                          {c.overdue}
                        </td>
                        <td className="num">{c.due}</td>
                        <td className="num">{c.upcoming}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {items.length === 0 ? (
            <p className="empty">{t('worklist.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" data-testid="worklist">
                <caption className="visually-hidden">{t('worklist.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('worklist.col.due')}</th>
                    <th scope="col">{t('worklist.col.status')}</th>
                    <th scope="col">{t('worklist.col.citizen')}</th>
                    <th scope="col">{t('worklist.col.rule')}</th>
                    <th scope="col">{t('worklist.col.paragraph')}</th>
                    {scope === 'team' ? <th scope="col">{t('worklist.col.caseworker')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr
                      key={`${i.citizenId}-${i.ruleId}-${i.windowStart}-${i.dueBy}`}
                      data-rule={i.ruleId}
                      data-status={i.status}
                      data-citizen={String(i.citizenId)}
                      data-kind={i.kind}
                      data-due={i.dueBy}
                      data-trial={i.trialId ?? undefined}
                    >
                      <td className="nowrap">
                        <DueDate value={i.dueBy} note={i.dueNote} />
                      </td>
                      <td>
                        <StatusBadge status={i.status} dueToday={i.dueBy === query.data?.asOf} />
                      </td>
                      <td>
                        <Link to={`/citizens/${encodeURIComponent(String(i.citizenId))}`}>
                          {citizenLabel(i)}
                        </Link>
                      </td>
                      <td>
                        <span className="rule-title">{pick(i.ruleTitle)}</span>{' '}
                        {i.progress ? <Progress met={i.progress.met} of={i.progress.of} /> : null}{' '}
                        <span className="muted small">{label('kind', i.kind)}</span>{' '}
                        {i.trialId ? <TrialBadge trialId={i.trialId} /> : null}
                      </td>
                      <td className="legal-ref">{i.legalRef}</td>
                      {scope === 'team' ? <td>{i.caseworkerName}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {query.data.total > items.length ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => setLimit((n) => n + PAGE_SIZE)}
                disabled={query.isFetching}
              >
                {t('worklist.more')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
