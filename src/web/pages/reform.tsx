/**
 * Reformberegner (docs/simulation.md § Web page): the municipality's caseload
 * replayed under two rule sets, or with a trial switched on ex ante, with the
 * committee's levers and the hourly wage adjustable; the table by event kind
 * and target group, a chart of the difference in kr, and an XLSX download.
 * For managers and analysts (POST /api/simulate).
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { ErrorNote, PageHeading } from '../components.tsx';
import { useI18n } from '../i18n.tsx';
import { DataTable, type StatsReport } from './statistics.tsx';

const TEXT = {
  da: {
    title: 'Reformberegner',
    intro:
      'Genafspil kommunens sager under to regelsæt (eller med et forsøg slået til) og se, hvilke samtaler, møder og attester reglerne kræver – i hændelser, timer, årsværk og kroner. Minimumsforløbet: hver hændelse på et fast punkt i sit vindue.',
    caseload: 'Sager',
    store: 'Kommunens egne sager',
    register: 'Registret (kommunens personer)',
    baseYear: 'Basisår',
    rulesAt: 'Regelsæt B: loven pr.',
    vsRulesAt: 'Regelsæt A: loven pr.',
    mode: 'Sammenlign med',
    modeLaw: 'et andet lovgrundlag',
    modeTrial: 'et forsøg slået til',
    trial: 'Forsøg',
    exempt: 'Andel undtaget fra samtaler og tilbud (B)',
    factor: 'Samtaler i forhold til minimum (B)',
    groups: 'Målgrupper med flere samtaler (tom = alle)',
    wage: 'Timeløn (kr.)',
    run: 'Beregn',
    running: 'Beregner …',
    xlsx: 'Hent XLSX',
    chart: 'Forskel i kr. (B − A) efter hændelse',
    cases: 'sager',
  },
  en: {
    title: 'Reform calculator',
    intro:
      "Replay the municipality's cases under two rule sets (or with a trial switched on) and see which interviews, meetings and certificates the rules require, in events, hours, FTE and kr. The minimum schedule: each event at a fixed point of its window.",
    caseload: 'Caseload',
    store: "The municipality's own cases",
    register: "The register (the municipality's persons)",
    baseYear: 'Base year',
    rulesAt: 'Rule set B: the law on',
    vsRulesAt: 'Rule set A: the law on',
    mode: 'Compare with',
    modeLaw: 'another law',
    modeTrial: 'a trial switched on',
    trial: 'Trial',
    exempt: 'Share exempted from interviews and offers (B)',
    factor: 'Interviews relative to the minimum (B)',
    groups: 'Target groups with more interviews (empty = all)',
    wage: 'Hourly wage (kr)',
    run: 'Calculate',
    running: 'Calculating …',
    xlsx: 'Download XLSX',
    chart: 'Difference in kr (B − A) by event',
    cases: 'cases',
  },
} as const;

const TRIALS = [
  'fk2-rehab-jaf-lae265',
  'fk2-formkrav-samtaler',
  'fk2-lae285',
  'fk2-reval-lae265',
  'fk2-rf-indsatsplan-6m',
];

/** Horizontal bars of one numeric column by the table's first column (the "I alt" row left out). */
function DiffBars({
  table,
  column,
  title,
}: {
  table: StatsReport['tables'][number];
  column: string;
  title: string;
}) {
  const { lang } = useI18n();
  const ci = table.columns.indexOf(column);
  // The last row is the total ("I alt"/"Total").
  const rows = table.rows.slice(0, -1).map((r) => ({ label: String(r[0]), v: Number(r[ci] ?? 0) }));
  const max = Math.max(1, ...rows.map((r) => Math.abs(r.v)));
  const w = 720;
  // Names on the left (up to 260 units), bars of at most 200 units either side of the zero line.
  const mid = 470;
  const bar = 22;
  const fmt = (v: number) => Math.round(v).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${w} ${rows.length * bar + 10}`}
        role="img"
        aria-label={title}
        data-testid="reform-chart"
      >
        <line x1={mid} x2={mid} y1={0} y2={rows.length * bar + 10} stroke="#999" />
        {rows.map((r, i) => {
          const len = (Math.abs(r.v) / max) * 200;
          const x = r.v < 0 ? mid - len : mid;
          return (
            <g key={r.label}>
              <text x={4} y={i * bar + 16} fontSize="11">
                {r.label}
              </text>
              <rect
                x={x}
                y={i * bar + 4}
                width={len}
                height={bar - 8}
                fill={r.v < 0 ? '#27ae60' : '#c0392b'}
              />
              <text
                x={r.v < 0 ? mid + 4 : mid - 4}
                y={i * bar + 16}
                fontSize="11"
                textAnchor={r.v < 0 ? 'start' : 'end'}
              >
                {fmt(r.v)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="small">{title}</figcaption>
    </figure>
  );
}

/** Posts the simulation request for its XLSX workbook and saves it under `filename`. */
async function downloadXlsx(body: object, filename: string): Promise<void> {
  const res = await fetch('/api/simulate?format=xlsx', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

export function ReformPage() {
  const { lang } = useI18n();
  const x = TEXT[lang];
  const [caseload, setCaseload] = useState<'store' | 'register'>('store');
  // The last whole year: the caseload a committee knows.
  const [baseYear, setBaseYear] = useState(() => new Date().getFullYear() - 1);
  const [rulesAt, setRulesAt] = useState('2026-07-01');
  const [vsRulesAt, setVsRulesAt] = useState('2025-06-01');
  const [mode, setMode] = useState<'law' | 'trial'>('law');
  const [trial, setTrial] = useState(TRIALS[0]!);
  const [exemptShare, setExemptShare] = useState(0);
  const [factor, setFactor] = useState(1);
  const [groups, setGroups] = useState('');
  const [wage, setWage] = useState(450);
  const body = () => ({
    caseload,
    baseYear,
    rulesAt,
    ...(mode === 'law' ? { vsRulesAt } : { trial }),
    ...(exemptShare > 0 ? { exemptShare } : {}),
    ...(factor > 1 ? { interviewFactor: factor } : {}),
    ...(groups.trim() ? { leverGroups: groups.split(',').map((s) => s.trim()) } : {}),
    assumptions: { hourlyWageDkk: wage },
    lang,
  });
  const run = useMutation({ mutationFn: () => api.post('/api/simulate', body()) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  const download = () => downloadXlsx(body(), `reformberegner-${baseYear}.xlsx`);
  const report = run.data?.report;
  const byKind = report?.tables.find((t) => t.id === 'haendelser');
  const byGroup = report?.tables.find((t) => t.id === 'maalgrupper');
  return (
    <section>
      <PageHeading>{x.title}</PageHeading>
      <p>{x.intro}</p>
      <form onSubmit={submit} className="form-grid" data-testid="reform-form">
        <label>
          {x.caseload}
          <select
            value={caseload}
            onChange={(e) => setCaseload(e.target.value as 'store' | 'register')}
          >
            <option value="store">{x.store}</option>
            <option value="register">{x.register}</option>
          </select>
        </label>
        <label>
          {x.baseYear}
          <input
            type="number"
            value={baseYear}
            onChange={(e) => setBaseYear(Number(e.target.value))}
          />
        </label>
        <label>
          {x.rulesAt}
          <input type="date" value={rulesAt} onChange={(e) => setRulesAt(e.target.value)} />
        </label>
        <label>
          {x.mode}
          <select value={mode} onChange={(e) => setMode(e.target.value as 'law' | 'trial')}>
            <option value="law">{x.modeLaw}</option>
            <option value="trial">{x.modeTrial}</option>
          </select>
        </label>
        {mode === 'law' ? (
          <label>
            {x.vsRulesAt}
            <input type="date" value={vsRulesAt} onChange={(e) => setVsRulesAt(e.target.value)} />
          </label>
        ) : (
          <label>
            {x.trial}
            <select value={trial} onChange={(e) => setTrial(e.target.value)}>
              {TRIALS.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {x.exempt}: {Math.round(exemptShare * 100)} %
          <input
            type="range"
            min={0}
            max={0.25}
            step={0.05}
            value={exemptShare}
            onChange={(e) => setExemptShare(Number(e.target.value))}
          />
        </label>
        <label>
          {x.factor}
          <input
            type="number"
            min={1}
            max={3}
            step={0.25}
            value={factor}
            onChange={(e) => setFactor(Number(e.target.value))}
          />
        </label>
        <label>
          {x.groups}
          <input
            value={groups}
            placeholder="6.1, 6.2"
            onChange={(e) => setGroups(e.target.value)}
          />
        </label>
        <label>
          {x.wage}
          <input
            type="number"
            min={0}
            value={wage}
            onChange={(e) => setWage(Number(e.target.value))}
          />
        </label>
        <p className="actions">
          <button type="submit" className="button primary" disabled={run.isPending}>
            {run.isPending ? x.running : x.run}
          </button>
          {report ? (
            <button type="button" className="button" onClick={download} data-download="xlsx">
              {x.xlsx}
            </button>
          ) : null}
        </p>
      </form>
      {run.error ? <ErrorNote error={run.error} /> : null}
      {report ? (
        <>
          <p className="small">
            {report.subtitle} · {run.data?.cases} {x.cases}
          </p>
          {byKind ? (
            // The last column is the difference in kr (B − A), whatever the report's language.
            <DiffBars table={byKind} column={byKind.columns.at(-1)!} title={x.chart} />
          ) : null}
          {byKind ? <DataTable table={byKind} testId="reform-kinds" /> : null}
          {byGroup ? <DataTable table={byGroup} testId="reform-groups" /> : null}
          <ul className="small">
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
