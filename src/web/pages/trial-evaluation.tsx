/**
 * Forsøgsevaluering: the trial catalogue with a button per trial that opens
 * its effect report (`jobcenter evaluate trial`, built by the server from the
 * register and cached). The server builds it off the request path; the page
 * polls the status and then shows the HTML in a frame, with a link to open
 * it in a new tab.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api.ts';
import { ErrorNote, Loading, PageHeading } from '../components.tsx';
import { useI18n } from '../i18n.tsx';
import { useStatsStatus } from './statistics.tsx';

export function TrialEvaluationPage() {
  const { t, pick } = useI18n();
  const status = useStatsStatus();
  const trials = useQuery({
    queryKey: ['trials'],
    queryFn: () => api.get('/api/trials'),
    select: (d) => d.items,
  });
  const [open, setOpen] = useState<string | null>(null);
  const items = [...(trials.data ?? [])].sort(
    (a, b) => Number(b.participant) - Number(a.participant),
  );
  const present = status.data?.present === true;
  return (
    <section className="trial-evaluation">
      <PageHeading>{t('trialEval.title')}</PageHeading>
      <p className="lead">{t('trialEval.intro')}</p>
      <ErrorNote error={status.error ?? trials.error} />
      {status.data && !present ? (
        <p className="empty" role="status">
          {status.data.generation.state === 'generating'
            ? t('stats.generating', { percent: status.data.generation.percent ?? 0 })
            : t('stats.noRegister')}
        </p>
      ) : null}
      {trials.isPending ? <Loading /> : null}
      {open ? (
        <ReportView
          key={open}
          trialId={open}
          title={pick(items.find((x) => x.id === open)?.title) || open}
          onClose={() => setOpen(null)}
        />
      ) : null}
      <ul className="trial-list">
        {items.map((trial) => {
          const title = pick(trial.title);
          return (
            <li key={trial.id}>
              <article className="card trial" data-trial={trial.id}>
                <h2 className="trial-title">{title}</h2>
                <p className="muted small">
                  <span className="mono">{trial.id}</span>
                </p>
                <button
                  type="button"
                  className="button"
                  disabled={!present}
                  aria-label={t('trialEval.openFor', { title })}
                  aria-pressed={open === trial.id}
                  onClick={() => {
                    setOpen(trial.id);
                    window.scrollTo(0, 0);
                  }}
                >
                  {t('trialEval.open')}
                </button>
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ReportView({
  trialId,
  title,
  onClose,
}: {
  trialId: string;
  title: string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const ids = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const report = useQuery({
    queryKey: ['trial-report', trialId, lang],
    queryFn: () =>
      api.get('/api/reports/trials/{trialId}/status', {
        path: { trialId },
        query: { lang },
      }),
    refetchInterval: (q) => (q.state.data?.status === 'building' ? 1000 : false),
  });
  const url = `/api/reports/trials/${encodeURIComponent(trialId)}?lang=${lang}`;
  const ready = report.data?.status === 'ready';
  useEffect(() => {
    if (ready) closeRef.current?.focus();
  }, [ready]);
  return (
    <section className="card trial-report" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{title}</h2>
      {report.isPending || report.data?.status === 'building' ? (
        <p className="loading" role="status">
          {t('trialEval.building')}
        </p>
      ) : null}
      <ErrorNote error={report.error} />
      {report.data?.status === 'failed' ? (
        <div className="alert alert-error" role="alert">
          <p>{t('trialEval.failed', { message: report.data.message ?? '' })}</p>
        </div>
      ) : null}
      <p className="actions">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('trialEval.close')}
        </button>
        {ready ? (
          <a className="button" href={url} target="_blank" rel="noopener">
            {t('trialEval.newTab')}
          </a>
        ) : null}
      </p>
      {ready ? (
        <iframe
          className="report-frame"
          title={t('trialEval.frameTitle', { title })}
          src={url}
          style={{ width: '100%', height: '80vh', border: '1px solid #ccc', background: '#fff' }}
        />
      ) : null}
    </section>
  );
}
