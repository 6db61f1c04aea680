/**
 * Renders a trial report: a self-contained HTML page (inline CSS and SVG
 * charts, no scripts, no external resources) in the style of the source
 * evaluations — Danish headings by default, English with `lang: 'en'` —
 * and the effect table as CSV and JSON. Pure.
 */
import { escapeHtml as esc } from '../../html.ts';
import type { EffectRow, TrialOutcome, TrialReport, Window } from './analysis.ts';
import type { CheckedTrialReport } from './checks.ts';
import { renderChecksHtml } from './render-checks.ts';

export type Lang = 'da' | 'en';

const OUTCOME_LABELS: Record<TrialOutcome, { da: string; en: string }> = {
  employed: { da: 'Andel som opnår beskæftigelse', en: 'Share employed' },
  employmentDegree: {
    da: 'Gennemsnitlig beskæftigelsesgrad (37 t/uge)',
    en: 'Average employment degree (37 h/week)',
  },
  onBenefit: { da: 'Andel som er på ydelsen', en: 'Share on the benefit' },
  benefitDegree: { da: 'Gennemsnitlig ydelsesgrad', en: 'Average benefit degree' },
  activation: { da: 'Andel som opnår aktivering', en: 'Share in activation' },
  activationDegree: { da: 'Gennemsnitlig aktiveringsgrad', en: 'Average activation degree' },
};

const T = {
  da: {
    title: 'Effektevaluering',
    part: 'del',
    design: 'Design',
    treated: 'Frikommuner (indsatsgruppe)',
    comparison: 'Sammenligningskommuner (kontrolgruppe)',
    comparisonAuto: 'valgt som nærmeste naboer på rammevilkår målt i registeret i førperioden',
    comparisonGiven: 'angivet af brugeren',
    start: 'Forsøgsstart',
    targetGroups: 'Målgrupper',
    benefits: 'Ydelser',
    register: 'Register',
    before: 'Førperiode',
    excluded: 'Udeladt',
    after: 'Efterperiode',
    cohortsTitle: 'Antal forløb fordelt på halvår for opstart',
    halfYear: 'Halvår',
    comparisonGroup: 'Kontrolgruppe',
    treatmentGroup: 'Indsatsgruppe',
    total: 'I alt',
    beforeTotal: 'Førperiode i alt',
    afterTotal: 'Efterperiode i alt',
    descriptiveTitle: 'Deskriptive resultater',
    descriptiveNote: 'Pct. Celler: frikommuner / sammenligningskommuner.',
    effectsTitle: 'Effekter (difference-in-differences)',
    effectsNote:
      'Procentpoint. Effekt = (efter − før i frikommunerne) − (efter − før i sammenligningskommunerne), lineær regression med kontrol for',
    stars:
      '* p<0,05, ** p<0,01, *** p<0,001, ns = ikke signifikant. Standardfejl klynget på person.',
    chartsTitle: 'Figurer: effekter med 95 %-konfidensintervaller',
    outcome: 'Udfaldsmål',
    months: 'Måneder efter opstart',
    estimate: 'Effekt',
    se: 'Std.fejl',
    ci: '95 %-KI',
    p: 'p',
    n: 'N',
    clusters: 'Personer',
    notEstimated: 'ikke estimeret',
    nFree: 'N frikommuner',
    nComparison: 'N sammenligningskommuner',
    methodTitle: 'Metode',
    method: [
      'Opstart: en uge på en af forsøgets ydelser uden ydelsen i de 4 foregående uger; en person kan have flere opstarter. Kommunen er bopælskommunen i opstartsugen.',
      'Udfaldsmål i 1.–3., 4.–6., 7.–9. og 10.–12. måned efter opstart; et vindue indgår kun, når det er slut inden registerets sidste uge, så N kan falde med vinduet. Beskæftigelsesgrad = timer ÷ 37 pr. uge (højst 100 %).',
      'Estimatet er programeffekten (intention-to-treat) af at kommunen har forsøgets fritagelser, ikke effekten af at blive fritaget.',
      'Kontrolvariable: andel af de 52 uger før opstart på offentlig ydelse og med ordinære timer, samt 2. halvår. Registeret indeholder ikke alder og køn.',
    ],
    generated: 'Dannet',
    per: 'for',
  },
  en: {
    title: 'Effect evaluation',
    part: 'part',
    design: 'Design',
    treated: 'Free municipalities (treatment group)',
    comparison: 'Comparison municipalities',
    comparisonAuto:
      'chosen as nearest neighbours on framework conditions measured in the register in the before period',
    comparisonGiven: 'given by the user',
    start: 'Trial start',
    targetGroups: 'Target groups',
    benefits: 'Benefits',
    register: 'Register',
    before: 'Before period',
    excluded: 'Excluded',
    after: 'After period',
    cohortsTitle: 'Number of spells by half-year of start',
    halfYear: 'Half-year',
    comparisonGroup: 'Comparison group',
    treatmentGroup: 'Treatment group',
    total: 'Total',
    beforeTotal: 'Before total',
    afterTotal: 'After total',
    descriptiveTitle: 'Descriptive results',
    descriptiveNote: 'Per cent. Cells: free municipalities / comparison municipalities.',
    effectsTitle: 'Effects (difference-in-differences)',
    effectsNote:
      'Percentage points. Effect = (after − before in the free municipalities) − (after − before in the comparison municipalities), linear regression controlling for',
    stars:
      '* p<0.05, ** p<0.01, *** p<0.001, ns = not significant. Standard errors clustered by person.',
    chartsTitle: 'Figures: effects with 95 % confidence intervals',
    outcome: 'Outcome',
    months: 'Months after start',
    estimate: 'Effect',
    se: 'SE',
    ci: '95 % CI',
    p: 'p',
    n: 'N',
    clusters: 'Persons',
    notEstimated: 'not estimated',
    nFree: 'N free',
    nComparison: 'N comparison',
    methodTitle: 'Method',
    method: [
      'Spell start: a week on one of the trial’s benefits with none in the 4 preceding weeks; a person can have several starts. The municipality is the one of residence in the start week.',
      'Outcomes in months 1–3, 4–6, 7–9 and 10–12 after the start; a window is used only when it ends before the register’s last week, so N can fall by window. Employment degree = hours ÷ 37 per week (at most 100 %).',
      'The estimate is the programme (intention-to-treat) effect of the municipality having the trial’s exemptions, not the effect of being exempted.',
      'Covariates: share of the 52 weeks before the start on a public benefit and with ordinary hours, and second half-year. The register carries no age or sex.',
    ],
    generated: 'Generated',
    per: 'for',
  },
} as const;

const COVARIATE_LABELS: Record<string, { da: string; en: string }> = {
  priorBenefitShare: { da: 'forudgående ydelse', en: 'prior benefit receipt' },
  priorEmploymentShare: { da: 'forudgående beskæftigelse', en: 'prior employment' },
  secondHalf: { da: '2. halvår', en: 'second half-year' },
};

export function windowLabel(w: Window, lang: Lang): string {
  return `${3 * w - 2}–${3 * w} ${lang === 'da' ? 'mdr.' : 'mo'}`;
}

export function outcomeLabel(
  o: TrialOutcome,
  lang: Lang,
  benefits: readonly string[] = [],
): string {
  if (o === 'onBenefit' && benefits.length === 1 && benefits[0] === 'a-dagpenge')
    return lang === 'da' ? 'Andel som er på dagpenge' : 'Share on dagpenge';
  if (o === 'benefitDegree' && benefits.length === 1 && benefits[0] === 'a-dagpenge')
    return lang === 'da' ? 'Gennemsnitlig dagpengegrad' : 'Average dagpenge degree';
  return OUTCOME_LABELS[o][lang];
}

function fmt(x: number | null | undefined, digits: number, lang: Lang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
}

function fmtP(p: number | null, lang: Lang): string {
  if (p === null) return '–';
  if (p < 0.001) return lang === 'da' ? '<0,001' : '<0.001';
  return fmt(p, 3, lang);
}

const CSS = `body{font-family:"Helvetica Neue",Arial,sans-serif;color:#1d1d1b;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.6em;border-bottom:3px solid #00507a;padding-bottom:.3em}h2{font-size:1.2em;color:#00507a;margin-top:2em}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}th,td{padding:.25em .6em;text-align:right;border-bottom:1px solid #d0d7de}
th{background:#e8f0f5}td:first-child,th:first-child{text-align:left}tr.total td{font-weight:bold;border-top:2px solid #00507a}
.note{font-size:.85em;color:#555}.charts{display:flex;flex-wrap:wrap;gap:1em}.charts figure{margin:0}
figcaption{font-size:.85em;font-weight:bold;margin-bottom:.2em}.sig{font-weight:bold}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}}`;

/** A dot-and-whisker chart of one outcome's effects over the four windows. */
export function effectChartSvg(rows: readonly EffectRow[], title: string, lang: Lang): string {
  const width = 330;
  const height = 210;
  const m = { top: 12, right: 12, bottom: 34, left: 46 };
  const est = rows.filter((r) => r.ci !== null);
  const values = est.flatMap((r) => [r.ci![0], r.ci![1]]);
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const plotH = height - m.top - m.bottom;
  const plotW = width - m.left - m.right;
  const y = (v: number) => m.top + ((hi - v) / (hi - lo)) * plotH;
  const x = (w: number) => m.left + ((w - 0.5) / 4) * plotW;
  const step = niceStep((hi - lo) / 5);
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step)
    ticks.push(Math.abs(t) < 1e-12 ? 0 : t);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
  );
  for (const t of ticks) {
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e3e3e3"/>`,
      `<text x="${m.left - 5}" y="${(y(t) + 4).toFixed(1)}" font-size="10" text-anchor="end">${fmt(t, step < 1 ? 1 : 0, lang)}</text>`,
    );
  }
  parts.push(
    `<line x1="${m.left}" x2="${width - m.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#333" stroke-width="1.2"/>`,
  );
  for (const w of [1, 2, 3, 4] as const) {
    parts.push(
      `<text x="${x(w).toFixed(1)}" y="${height - m.bottom + 14}" font-size="10" text-anchor="middle">${esc(windowLabel(w, lang))}</text>`,
    );
  }
  parts.push(
    `<text x="${m.left + plotW / 2}" y="${height - 4}" font-size="10" text-anchor="middle">${esc(T[lang].months)}</text>`,
    `<text x="11" y="${m.top + plotH / 2}" font-size="10" text-anchor="middle" transform="rotate(-90 11 ${m.top + plotH / 2})">${lang === 'da' ? 'Procentpoint' : 'Percentage points'}</text>`,
  );
  for (const r of rows) {
    const cx = x(r.window).toFixed(1);
    if (r.ci === null || r.estimate === null) {
      parts.push(
        `<text x="${cx}" y="${y(0) - 6}" font-size="9" text-anchor="middle" fill="#888">${esc(T[lang].notEstimated)}</text>`,
      );
      continue;
    }
    const colour = r.stars !== 'ns' ? '#00507a' : '#8aa9bc';
    parts.push(
      `<line x1="${cx}" x2="${cx}" y1="${y(r.ci[1]).toFixed(1)}" y2="${y(r.ci[0]).toFixed(1)}" stroke="${colour}" stroke-width="2"/>`,
      `<line x1="${Number(cx) - 6}" x2="${Number(cx) + 6}" y1="${y(r.ci[1]).toFixed(1)}" y2="${y(r.ci[1]).toFixed(1)}" stroke="${colour}" stroke-width="2"/>`,
      `<line x1="${Number(cx) - 6}" x2="${Number(cx) + 6}" y1="${y(r.ci[0]).toFixed(1)}" y2="${y(r.ci[0]).toFixed(1)}" stroke="${colour}" stroke-width="2"/>`,
      `<circle cx="${cx}" cy="${y(r.estimate).toFixed(1)}" r="4.5" fill="${colour}"><title>${esc(`${fmt(r.estimate, 1, lang)} ${r.stars} [${fmt(r.ci[0], 1, lang)}; ${fmt(r.ci[1], 1, lang)}]`)}</title></circle>`,
      `<text x="${Number(cx) + 8}" y="${(y(r.estimate) - 5).toFixed(1)}" font-size="10">${esc(`${fmt(r.estimate, 1, lang)}${r.stars === 'ns' ? '' : r.stars}`)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

export function renderTrialReportHtml(report: CheckedTrialReport, lang: Lang = 'da'): string {
  const t = T[lang];
  const d = report.design;
  const title = lang === 'da' ? d.titleDa : d.titleEn;
  const h: string[] = [];
  h.push(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(`${t.title}: ${title}`)}</title><style>${CSS}</style></head><body>`,
  );
  h.push(`<h1>${esc(t.title)}: ${esc(title)}${d.part ? ` (${t.part} ${esc(d.part)})` : ''}</h1>`);
  h.push(
    `<p class="note">${esc(d.trialId)} · ${t.generated} ${esc(report.generatedAt.slice(0, 10))}</p>`,
  );

  // 1. Design
  h.push(`<h2>1. ${t.design}</h2><dl>`);
  h.push(
    `<dt>${t.treated}</dt><dd>${d.treated.map((m) => `${esc(m.name)} (${m.code}${m.start !== d.start ? `, ${m.start}` : ''})`).join(', ')}</dd>`,
  );
  h.push(
    `<dt>${t.comparison}</dt><dd>${report.comparison.map((m) => `${esc(m.name)} (${m.code}${m.forTreated ? ` ${t.per} ${m.forTreated}` : ''})`).join(', ')}<br><span class="note">${report.comparisonMethod === 'auto' ? t.comparisonAuto : t.comparisonGiven}</span></dd>`,
  );
  h.push(`<dt>${t.start}</dt><dd>${d.start}</dd>`);
  h.push(`<dt>${t.targetGroups}</dt><dd>${d.targetGroups.map(esc).join(', ')}</dd>`);
  h.push(`<dt>${t.benefits}</dt><dd>${d.benefits.map(esc).join(', ')}</dd>`);
  h.push(`<dt>${t.before}</dt><dd>${d.periods.before.join('; ')}</dd>`);
  h.push(`<dt>${t.excluded}</dt><dd>${d.periods.excluded.join('; ') || '–'}</dd>`);
  h.push(`<dt>${t.after}</dt><dd>${d.periods.after.join('; ')}</dd>`);
  h.push(
    `<dt>${t.register}</dt><dd>${report.register.firstWeek} – ${report.register.lastWeek}</dd></dl>`,
  );

  // 2. Cohort table (Tab. 6 style)
  h.push(
    `<h2>2. ${t.cohortsTitle}</h2><table><thead><tr><th>${t.halfYear}</th><th>${t.comparisonGroup}</th><th>${t.treatmentGroup}</th><th>${t.total}</th></tr></thead><tbody>`,
  );
  const row = (label: string, c: number | null, tr: number | null, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><td>${esc(label)}</td><td>${fmt(c, 0, lang)}</td><td>${fmt(tr, 0, lang)}</td><td>${c === null || tr === null ? '–' : fmt(c + tr, 0, lang)}</td></tr>`;
  for (const period of ['before', 'excluded', 'after'] as const) {
    for (const c of report.cohorts.filter((x) => x.period === period))
      h.push(row(c.cohort, c.comparison, c.treated));
    if (period === 'before')
      h.push(
        row(t.beforeTotal, report.totals.before.comparison, report.totals.before.treated, 'total'),
      );
    if (period === 'after')
      h.push(
        row(t.afterTotal, report.totals.after.comparison, report.totals.after.treated, 'total'),
      );
  }
  h.push('</tbody></table>');

  // 3. Descriptive
  h.push(`<h2>3. ${t.descriptiveTitle}</h2>`);
  for (const period of ['after', 'before'] as const) {
    h.push(
      `<h3>${period === 'after' ? t.after : t.before}</h3><table><thead><tr><th>${t.outcome}</th>`,
    );
    for (const w of [1, 2, 3, 4] as const) h.push(`<th>${esc(windowLabel(w, lang))}</th>`);
    h.push('</tr></thead><tbody>');
    for (const o of report.outcomes) {
      h.push(`<tr><td>${esc(outcomeLabel(o, lang, d.benefits))}</td>`);
      for (const w of [1, 2, 3, 4] as const) {
        const r = report.descriptive.find(
          (x) => x.outcome === o && x.window === w && x.period === period,
        );
        h.push(`<td>${fmt(r?.treatedMean, 1, lang)} / ${fmt(r?.comparisonMean, 1, lang)}</td>`);
      }
      h.push('</tr>');
    }
    const first = report.outcomes[0];
    for (const [label, key] of [
      [t.nFree, 'nTreated'],
      [t.nComparison, 'nComparison'],
    ] as const) {
      h.push(`<tr class="total"><td>${label}</td>`);
      for (const w of [1, 2, 3, 4] as const) {
        const r = report.descriptive.find(
          (x) => x.outcome === first && x.window === w && x.period === period,
        );
        h.push(`<td>${fmt(r?.[key], 0, lang)}</td>`);
      }
      h.push('</tr>');
    }
    h.push('</tbody></table>');
  }
  h.push(`<p class="note">${t.descriptiveNote}</p>`);

  // 4. Effects
  const covs = [...new Set(report.effects.flatMap((e) => e.covariates))]
    .map((c) => COVARIATE_LABELS[c]?.[lang] ?? c)
    .join(', ');
  h.push(
    `<h2>4. ${t.effectsTitle}</h2><table><thead><tr><th>${t.outcome}</th><th>${lang === 'da' ? 'Vindue' : 'Window'}</th><th>${t.estimate}</th><th>${t.se}</th><th>${t.ci}</th><th>${t.p}</th><th>${t.n}</th><th>${t.clusters}</th></tr></thead><tbody>`,
  );
  for (const e of report.effects) {
    const est =
      e.estimate === null
        ? `<td colspan="4" title="${esc(e.error ?? '')}">${t.notEstimated}: ${esc(e.error ?? '')}</td>`
        : `<td${e.stars !== 'ns' ? ' class="sig"' : ''}>${fmt(e.estimate, 1, lang)}${e.stars === 'ns' ? ' ns' : e.stars}</td><td>${fmt(e.se, 2, lang)}</td><td>[${fmt(e.ci![0], 1, lang)}; ${fmt(e.ci![1], 1, lang)}]</td><td>${fmtP(e.p, lang)}</td>`;
    h.push(
      `<tr><td>${esc(outcomeLabel(e.outcome, lang, d.benefits))}</td><td>${esc(windowLabel(e.window, lang))}</td>${est}<td>${fmt(e.n, 0, lang)}</td><td>${fmt(e.clusters, 0, lang)}</td></tr>`,
    );
  }
  h.push(`</tbody></table><p class="note">${t.effectsNote} ${esc(covs)}. ${t.stars}</p>`);

  // 5. Charts
  h.push(`<h2>5. ${t.chartsTitle}</h2><div class="charts">`);
  for (const o of report.outcomes) {
    const label = outcomeLabel(o, lang, d.benefits);
    h.push(
      `<figure><figcaption>${esc(label)}</figcaption>${effectChartSvg(
        report.effects.filter((e) => e.outcome === o),
        label,
        lang,
      )}</figure>`,
    );
  }
  h.push('</div>');

  if (report.checks)
    h.push(
      renderChecksHtml(
        report.checks,
        report.effects,
        report.costs,
        (o) =>
          o === 'priorEmploymentShare'
            ? lang === 'da'
              ? 'Forudgående beskæftigelse (placebo)'
              : 'Prior employment (placebo)'
            : outcomeLabel(o, lang, d.benefits),
        (w) => windowLabel(w as Window, lang),
        lang,
      ),
    );
  if (report.processChange?.length) h.push(processChangeHtml(report.processChange, lang));
  h.push(
    `<h2>${t.methodTitle}</h2><ul class="note">${t.method.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>`,
  );
  h.push('</body></html>');
  return `${h.join('\n')}\n`;
}

/** The simulated process change beside the measured effect (docs/simulation.md § Trial effect report). */
function processChangeHtml(pc: NonNullable<TrialReport['processChange']>, lang: Lang): string {
  const da = lang === 'da';
  const n = (v: number) => Math.round(v).toLocaleString(da ? 'da-DK' : 'en-GB');
  const h = [
    `<h2>${da ? 'Simuleret procesændring' : 'Simulated process change'}</h2>`,
    `<p class="note">${
      da
        ? 'Registrets personer i hver forsøgskommune genafspillet under loven på kommunens startdato uden og med forsøget (minimumsforløbet; docs/simulation.md). Kr.: sagsbehandlertid, attester og rehabiliteringsteam efter standardantagelserne.'
        : "The register's persons in each trial municipality replayed under the law of the municipality's start without and with the trial (the minimum schedule; docs/simulation.md). Kr: caseworker time, certificates and the rehabilitation team at the default assumptions."
    }</p>`,
    `<table><thead><tr><th>${da ? 'Kommune' : 'Municipality'}</th><th>${da ? 'Hændelse' : 'Event'}</th><th>${da ? 'Uden' : 'Without'}</th><th>${da ? 'Med' : 'With'}</th><th>${da ? 'Kr. ændring' : 'Kr change'}</th></tr></thead><tbody>`,
  ];
  for (const m of pc) {
    for (const r of m.rows)
      h.push(
        `<tr><td>${esc(m.municipality)}</td><td>${esc(r.kind)}</td><td>${n(r.without)}</td><td>${n(r.with)}</td><td>${n(r.dkkWith - r.dkkWithout)}</td></tr>`,
      );
    h.push(
      `<tr><th>${esc(m.municipality)}</th><th>${da ? 'I alt' : 'Total'} (${m.cases} ${da ? 'personer' : 'persons'}, ${m.baseYear})</th><th></th><th>${n(m.eventsChange)}</th><th>${n(m.dkkChange)}</th></tr>`,
    );
  }
  h.push('</tbody></table>');
  return h.join('');
}

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The effect table as CSV (estimates in percentage points, '.' decimals). */
export function effectsCsv(report: TrialReport): string {
  const head = [
    'outcome',
    'window',
    'months',
    'estimate_pp',
    'se',
    'ci_low',
    'ci_high',
    'p',
    'stars',
    'n',
    'clusters',
    'error',
  ];
  const lines = [head.join(',')];
  for (const e of report.effects) {
    lines.push(
      [
        e.outcome,
        e.window,
        `${3 * e.window - 2}-${3 * e.window}`,
        e.estimate,
        e.se,
        e.ci?.[0] ?? null,
        e.ci?.[1] ?? null,
        e.p,
        e.stars,
        e.n,
        e.clusters,
        e.error ?? null,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The subgroup table as CSV (estimates in percentage points; municipality CR2
 * with Satterthwaite df, person CR1, wild bootstrap p; Holm p and BH q over
 * the subgroup family).
 */
export function subgroupsCsv(report: CheckedTrialReport): string {
  const head = [
    'outcome',
    'window',
    'dimension',
    'group',
    'target_groups',
    'estimate_pp',
    'cr2_se',
    'cr2_df',
    'cr2_ci_low',
    'cr2_ci_high',
    'cr2_p',
    'p_holm',
    'q_bh',
    'wild_p',
    'person_se',
    'person_p',
    'n',
    'municipalities',
    'error',
  ];
  const lines = [head.join(',')];
  const win = report.checks?.primaryWindow ?? null;
  for (const r of report.checks?.subgroups ?? []) {
    const i = r.result;
    lines.push(
      [
        r.outcome,
        win,
        r.dimension,
        r.group,
        r.targetGroups?.join('/') ?? null,
        i?.estimate ?? null,
        i?.municipality.se ?? null,
        i?.municipality.df ?? null,
        i?.municipality.ci[0] ?? null,
        i?.municipality.ci[1] ?? null,
        i?.municipality.p ?? null,
        r.pHolm,
        r.qBH,
        i?.wild?.p ?? null,
        i?.person.se ?? null,
        i?.person.p ?? null,
        i?.n ?? null,
        i?.municipality.clusters ?? null,
        r.error ?? null,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The whole report (design, cohorts, descriptive rows, effects) as JSON. */
export function reportJson(report: TrialReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
