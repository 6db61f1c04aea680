/**
 * Statistik: the committee reports for the user's municipality from the
 * weekly register (docs/web.md): the monthly "Aktiv og passiv forsørgelse"
 * table with the committee-paper row labels and a chart, the weekly
 * open-case series, and the comparison with region and country; each with
 * CSV and XLSX downloads. While the server generates the register the page
 * shows its progress and polls.
 */

import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { valueAxis } from '../../stats/axis.ts';
import {
  api,
  type MeasureInfo,
  qs,
  type ReportTable,
  type StatsStatus,
  type User,
} from '../api.ts';
import { ErrorNote, Loading, PageHeading } from '../components.tsx';
import { type MessageKey, useI18n } from '../i18n.tsx';

export type { StatsReport } from '../api.ts';

type Cell = ReportTable['rows'][number][number];

/** The report routes; each answers the committee reports' shape (StatsReport). */
type ReportPath = '/api/stats/monthly' | '/api/stats/open-cases' | '/api/stats/comparison';

/** The server's status; polls every 2 s while the register is being generated. */
export function useStatsStatus() {
  return useQuery({
    queryKey: ['stats', 'status'],
    queryFn: () => api.get('/api/stats/status'),
    refetchInterval: (q) => (q.state.data?.generation.state === 'generating' ? 2000 : false),
  });
}

export function StatisticsPage({ user }: { user: User }) {
  const { t, lang } = useI18n();
  const status = useStatsStatus();
  const ids = useId();
  const years = status.data?.register?.years ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? years[years.length - 1] ?? null;
  const reg = status.data?.register;
  return (
    <section className="statistics">
      <PageHeading>{t('stats.title')}</PageHeading>
      <p className="lead">
        {t('stats.intro', { municipality: user.municipalityName ?? user.municipalityCode })}
      </p>
      {status.isPending ? <Loading /> : null}
      <ErrorNote error={status.error} />
      {status.data ? <RegisterState status={status.data} /> : null}
      {reg ? (
        <p className="muted small">
          {t('stats.registerPeriod', {
            from: reg.firstWeek,
            to: reg.lastWeek,
            persons: reg.persons.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB'),
            source: t(
              (reg.source === 'import'
                ? 'stats.source.import'
                : 'stats.source.synthetic') as MessageKey,
            ),
          })}
        </p>
      ) : null}
      {reg && year !== null ? (
        <>
          <div className="filters">
            <label htmlFor={`${ids}-year`}>{t('stats.year')}</label>{' '}
            <select
              id={`${ids}-year`}
              value={year}
              onChange={(e) => setChosen(Number(e.target.value))}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <MonthlySection year={year} />
          <OpenCasesSection year={year} />
          <ComparisonSection />
        </>
      ) : null}
    </section>
  );
}

function RegisterState({ status }: { status: StatsStatus }) {
  const { t } = useI18n();
  const g = status.generation;
  if (g.state === 'generating') {
    return (
      <div className="card" role="status" data-generating="true">
        <p>
          <label>
            {t('stats.generating', { percent: g.percent ?? 0 })}{' '}
            <progress max={100} value={g.percent ?? 0} />
          </label>
        </p>
        <p className="muted small">{t('stats.generatingHelp')}</p>
      </div>
    );
  }
  if (g.state === 'failed') {
    return (
      <div className="alert alert-error" role="alert">
        <p>{t('stats.generationFailed', { message: g.message ?? '' })}</p>
      </div>
    );
  }
  if (!status.present) return <p className="empty">{t('stats.noRegister')}</p>;
  return null;
}

function useReport(path: ReportPath, params: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['stats', path, params],
    queryFn: () => api.get(path, { query: params }),
    staleTime: 5 * 60_000,
  });
}

function Downloads({
  path,
  params,
  what,
}: {
  path: string;
  params: Record<string, string | number | undefined>;
  what: string;
}) {
  const { t } = useI18n();
  return (
    <p className="actions downloads">
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="button"
          href={`${path}${qs({ ...params, format })}`}
          download
          aria-label={t('stats.downloadLabel', { what, format: format.toUpperCase() })}
          data-download={format}
        >
          {t(format === 'csv' ? 'stats.downloadCsv' : 'stats.downloadXlsx')}
        </a>
      ))}
    </p>
  );
}

function MonthlySection({ year }: { year: number }) {
  const { t } = useI18n();
  const ids = useId();
  const report = useReport('/api/stats/monthly', { year });
  const [persons, amounts] = report.data?.tables ?? [];
  return (
    <section className="card stats-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>
        {t('stats.monthlyHeading')} {year}
      </h2>
      {report.isPending ? <Loading /> : null}
      <ErrorNote error={report.error} />
      {persons ? (
        <>
          {persons.chart ? <LineChart chart={persons.chart} title={persons.title} /> : null}
          <DataTable table={persons} testId="monthly-persons" />
          <Downloads path="/api/stats/monthly" params={{ year }} what={persons.title} />
        </>
      ) : null}
      {amounts ? (
        <details>
          <summary>{t('stats.amountsHeading')}</summary>
          <DataTable table={amounts} testId="monthly-amounts" />
        </details>
      ) : null}
      {report.data ? <Notes notes={report.data.notes} /> : null}
    </section>
  );
}

function OpenCasesSection({ year }: { year: number }) {
  const { t } = useI18n();
  const ids = useId();
  const report = useReport('/api/stats/open-cases', { year });
  const table = report.data?.tables[0];
  return (
    <section className="card stats-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>
        {t('stats.openCasesHeading')} {year}
      </h2>
      {report.isPending ? <Loading /> : null}
      <ErrorNote error={report.error} />
      {table ? (
        <>
          {table.chart ? <LineChart chart={table.chart} title={table.title} /> : null}
          <details>
            <summary>{t('stats.showTable')}</summary>
            <DataTable table={table} testId="open-cases" />
          </details>
          <Downloads path="/api/stats/open-cases" params={{ year }} what={table.title} />
        </>
      ) : null}
    </section>
  );
}

const COMPARISON_MEASURES = [
  'fuldtidspersoner',
  'forloeb',
  'status-efter',
  'delvise-raskmeldinger',
  'aktiveringsgrad',
  'ordinaere-loentimer',
  'tilgang-afgang',
  'manglende-aktiv-indsats',
] as const;
const BENEFITS = [
  'sygedagpenge',
  'a-dagpenge',
  'kontanthjaelp',
  'uddannelseshjaelp',
  'integrationsydelse',
  'jobafklaring',
  'ressourceforloeb',
];

/** A breakdown the server knows (its BREAKDOWNS), or '' for none. */
type BreakdownChoice = '' | NonNullable<MeasureInfo['breakdowns']>[number];

/** The breakdowns each measure offers, from GET /api/stats/measures. */
function useOfferedBreakdowns(measure: string): readonly BreakdownChoice[] {
  const list = useQuery({
    queryKey: ['stats', 'measures'],
    queryFn: () => api.get('/api/stats/measures'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return ['', ...(list.data?.items.find((m) => m.id === measure)?.breakdowns ?? [])];
}

/**
 * The comparison's chart: every line without a breakdown. Broken down, the groups of one
 * area (the rows hold the same groups for the country, the region and the municipality, in
 * that order), so the lines stay readable: the municipality's, or where all of its cells are
 * suppressed the region's, or the whole country's (never suppressed).
 */
function comparisonChart(
  chart: NonNullable<ReportTable['chart']>,
  brokenDown: boolean,
): NonNullable<ReportTable['chart']> {
  if (!brokenDown) return chart;
  const size = chart.series.length / 3;
  const blocks = [2, 1, 0].map((i) => chart.series.slice(i * size, (i + 1) * size));
  // The first area with at least half of its cells shown (the country always qualifies).
  const shownShare = (b: typeof chart.series) => {
    const values = b.flatMap((s) => s.values);
    return values.filter((v) => v !== null).length / Math.max(1, values.length);
  };
  const shown = blocks.find((b) => shownShare(b) >= 0.5) ?? blocks[2]!;
  return { ...chart, series: shown };
}

function ComparisonSection() {
  const { t } = useI18n();
  const ids = useId();
  const [draft, setDraft] = useState({
    measure: 'fuldtidspersoner' as (typeof COMPARISON_MEASURES)[number],
    benefit: 'sygedagpenge',
    periods: '2017-06,2018-06,2019-06,2020-04',
    breakdown: '' as BreakdownChoice,
  });
  const offered = useOfferedBreakdowns(draft.measure);
  const [params, setParams] = useState(draft);
  const query = {
    measure: params.measure,
    periods: params.periods,
    benefit: params.measure === 'delvise-raskmeldinger' ? undefined : params.benefit,
    breakdown: params.breakdown || undefined,
  };
  const report = useReport('/api/stats/comparison', query);
  const table = report.data?.tables[0];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(draft);
  };
  return (
    <section className="card stats-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('stats.comparisonHeading')}</h2>
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${ids}-m`}>{t('stats.measure')}</label>
          <select
            id={`${ids}-m`}
            value={draft.measure}
            onChange={(e) =>
              setDraft({
                ...draft,
                measure: e.target.value as typeof draft.measure,
                // A breakdown the new measure does not offer falls back to none.
                breakdown: '',
              })
            }
          >
            {COMPARISON_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`stats.measure.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {draft.measure === 'delvise-raskmeldinger' ? null : (
          <div className="field">
            <label htmlFor={`${ids}-b`}>{t('stats.benefit')}</label>
            <select
              id={`${ids}-b`}
              value={draft.benefit}
              onChange={(e) => setDraft({ ...draft, benefit: e.target.value })}
            >
              {BENEFITS.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-d`}>{t('stats.breakdown')}</label>
          <select
            id={`${ids}-d`}
            value={draft.breakdown}
            onChange={(e) =>
              setDraft({ ...draft, breakdown: e.target.value as typeof draft.breakdown })
            }
          >
            {offered.map((b) => (
              <option key={b} value={b}>
                {t(`stats.breakdown.${b || 'none'}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-p`}>{t('stats.periods')}</label>
          <input
            id={`${ids}-p`}
            value={draft.periods}
            aria-describedby={`${ids}-ph`}
            onChange={(e) => setDraft({ ...draft, periods: e.target.value })}
          />
          <span id={`${ids}-ph`} className="muted small">
            {t('stats.periodsHelp')}
          </span>
        </div>
        <button type="submit" className="button">
          {t('stats.show')}
        </button>
      </form>
      {report.isFetching && !report.data ? <Loading /> : null}
      <ErrorNote error={report.error} />
      {table && report.data ? (
        <>
          <p className="muted small">{report.data.title}</p>
          {table.chart ? (
            <LineChart
              chart={comparisonChart(table.chart, params.breakdown !== '')}
              title={table.title}
            />
          ) : null}
          <DataTable table={table} testId="comparison" />
          <Downloads path="/api/stats/comparison" params={query} what={table.title} />
          <Notes notes={report.data.notes} />
        </>
      ) : null}
    </section>
  );
}

function Notes({ notes }: { notes: string[] }) {
  return (
    <ul className="muted small notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

function cellText(c: Cell, lang: 'da' | 'en'): string {
  if (c === null) return '';
  if (typeof c === 'number') return c.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
  return String(c);
}

/** A report table: first column is the row label (row header), numbers right-aligned. */
export function DataTable({ table, testId }: { table: ReportTable; testId: string }) {
  const { lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data compact" data-testid={testId}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a report's columns are fixed and ordered
              <th key={`${i}-${c}`} scope="col" className={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a report's rows are fixed and ordered
            <tr key={`${ri}-${String(r[0])}`}>
              {r.map((c, ci) =>
                ci === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                  <th key={ci} scope="row">
                    {cellText(c, lang)}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                  <td key={ci} className="num">
                    {cellText(c, lang)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.caption ? <p className="muted small">{table.caption}</p> : null}
      {table.footnote ? <p className="muted small">{table.footnote}</p> : null}
    </div>
  );
}

const PALETTE = ['#1f5f8b', '#c0392b', '#27ae60', '#8e44ad', '#d35400'];

/** A line chart as inline SVG with a text legend; null values break the line. */
export function LineChart({
  chart,
  title,
}: {
  chart: NonNullable<ReportTable['chart']>;
  title: string;
}) {
  const { t, lang } = useI18n();
  const width = 720;
  const height = 260;
  const pad = { left: 56, right: 32, top: 12, bottom: 28 };
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const { top, ticks } = valueAxis(values.length ? Math.max(...values) : 0);
  const n = chart.xLabels.length;
  const x = (i: number) => pad.left + (n <= 1 ? 0 : (i * (width - pad.left - pad.right)) / (n - 1));
  const y = (v: number) => pad.top + (1 - v / top) * (height - pad.top - pad.bottom);
  const step = Math.max(1, Math.ceil(n / 13));
  const fmt = (v: number) => v.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('stats.chart', { title })}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} stroke="#ddd" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11">
              {fmt(v)}
            </text>
          </g>
        ))}
        {chart.xLabels.map((label, i) =>
          i % step === 0 ? (
            <text
              // biome-ignore lint/suspicious/noArrayIndexKey: axis labels in order
              key={`${i}-${label}`}
              x={x(i)}
              y={height - pad.bottom + 16}
              textAnchor="middle"
              fontSize="11"
            >
              {label}
            </text>
          ) : null,
        )}
        {chart.series.map((s, si) => {
          let d = '';
          s.values.forEach((v, i) => {
            if (v === null) return;
            d += `${d === '' || s.values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
          });
          // A value between two hidden ones has no line: a dot shows it.
          const dots = s.values.flatMap((v, i) =>
            v !== null && (s.values[i - 1] ?? null) === null && (s.values[i + 1] ?? null) === null
              ? [[x(i), y(v)] as const]
              : [],
          );
          return (
            <g key={s.name}>
              {d ? (
                <path
                  d={d.trim()}
                  fill="none"
                  stroke={PALETTE[si % PALETTE.length]}
                  strokeWidth={2}
                />
              ) : null}
              {dots.map(([cx, cy]) => (
                <circle key={`${cx}`} cx={cx} cy={cy} r={3} fill={PALETTE[si % PALETTE.length]} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend small">
        {chart.yLabel}:{' '}
        {chart.series.map((s, si) => (
          <span key={s.name} className="legend-item">
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                marginRight: 4,
                background: PALETTE[si % PALETTE.length],
              }}
            />
            {s.name}{' '}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
