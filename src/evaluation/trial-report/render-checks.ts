/**
 * HTML sections of the design checks (checks.ts) and the cost section of the
 * trial report: event-study and cohort-trend charts (inline SVG), placebo,
 * municipality-level inference, sensitivity, subgroups and costs.
 */
import { escapeHtml as esc } from '../../html.ts';
import { DAGPENGE_MAX_DAILY_2017, type TrialCostBenefit } from '../costs.ts';
import type { EffectRow, TrialOutcome } from './analysis.ts';
import type { CheckRow, DesignChecks, Inference, TrendPoint } from './checks.ts';
import type { SubgroupRow } from './subgroups.ts';

type Lang = 'da' | 'en';

const L = {
  da: {
    lead: 'Hovedresultatet er usikkerheden på kommuneniveau (CR2 med Satterthwaite-frihedsgrader), fordi forsøget er tildelt kommunevis: personer i samme kommune deler kommunens forhold, og med få forsøgskommuner undervurderer person-klyngede standardfejl usikkerheden. Den vilde klynge-bootstrap (Webb-vægte) står ved siden af som kontrol; de person-klyngede tal svarer til kildeevalueringernes.',
    inference: 'Effekter med usikkerhed på kommuneniveau',
    es: 'Event study (førperioder og efterperioder)',
    esNote:
      'Forskel mellem forsøgs- og sammenligningskommuner pr. halvår relativt til halvåret før start (reference). Førperiode-koefficienterne bør være nul ved parallelle tendenser; den fælles test står under figuren. Mørke streger: 95 %-KI på kommuneniveau (CR2); lyse: på personniveau (CR1).',
    trend: 'Udvikling pr. kohorte',
    placebo: 'Placebo',
    sens: 'Følsomhed',
    sub: 'Undergrupper',
    subNote:
      'Samme model som hovedeffekten, for én undergruppe ad gangen: forudgående beskæftigelse (timer i de 52 uger før start), målgruppe (givet ved ydelsen i startugen; kontanthjælp kan ikke deles i 6.2 og 6.3 i registret), alder ved start (16–29, 30–49, 50+ år) og køn (persons.parquet). Undergruppetestene er én familie: p-værdier justeret med Holm og q-værdier med Benjamini–Hochberg (kommune-CR2). En effekt i én undergruppe og ikke i en anden er ikke i sig selv belæg for en forskel mellem dem.',
    dims: {
      priorEmployment: 'Forudgående beskæftigelse',
      targetGroup: 'Målgruppe',
      ageBand: 'Alder',
      sex: 'Køn',
    },
    groups: {
      none: 'ingen',
      some: 'nogen',
      K: 'kvinder',
      M: 'mænd',
    } as Record<string, string>,
    bh: 'q (BH)',
    group: 'Undergruppe',
    omitted: 'Udeladt',
    costs: 'Omkostninger ved siden af effekten',
    outcome: 'Udfald',
    check: 'Kontrol',
    estimate: 'Estimat (pp)',
    cr2: 'Kommune CR2 [95 %-KI] p (df)',
    wild: 'Vild bootstrap p [KI]',
    person: 'Person CR1 [95 %-KI] p',
    holm: 'p (Holm)',
    pre: 'Fælles test af førperioderne',
    notEstimated: 'ikke estimeret',
    treated: 'Forsøgskommuner',
    comparison: 'Sammenligningskommuner',
  },
  en: {
    lead: 'The report leads with inference at the level of assignment (CR2 with Satterthwaite degrees of freedom, by municipality): the trial is assigned by municipality, persons in one municipality share its conditions, and with few treated municipalities person-clustered standard errors understate the uncertainty. The wild cluster bootstrap (Webb weights) stands beside it as a check; the person-clustered figures are the source evaluations’ convention.',
    inference: 'Effects with municipality-level inference',
    es: 'Event study (leads and lags)',
    esNote:
      'Difference between treated and comparison municipalities per half-year relative to the half-year before the start (reference). The lead coefficients should be zero under parallel trends; the joint test is below the chart. Dark bars: 95 % CI by municipality (CR2); light bars: by person (CR1).',
    trend: 'Cohort trends',
    placebo: 'Placebo',
    sens: 'Sensitivity',
    sub: 'Subgroups',
    subNote:
      'The main model, for one subgroup at a time: prior employment (hours in the 52 weeks before the start), target group (fixed by the benefit in the start week; the register cannot split kontanthjælp into 6.2 and 6.3), age at the start (16–29, 30–49, 50+) and sex (persons.parquet). The subgroup tests are one family: p-values adjusted by Holm and q-values by Benjamini–Hochberg (municipality CR2). An effect in one subgroup and not in another is not by itself evidence of a difference between them.',
    dims: {
      priorEmployment: 'Prior employment',
      targetGroup: 'Target group',
      ageBand: 'Age',
      sex: 'Sex',
    },
    groups: {
      none: 'none',
      some: 'some',
      K: 'women',
      M: 'men',
    } as Record<string, string>,
    bh: 'q (BH)',
    group: 'Subgroup',
    omitted: 'Left out',
    costs: 'Cost beside effect',
    outcome: 'Outcome',
    check: 'Check',
    estimate: 'Estimate (pp)',
    cr2: 'Municipality CR2 [95 % CI] p (df)',
    wild: 'Wild bootstrap p [CI]',
    person: 'Person CR1 [95 % CI] p',
    holm: 'p (Holm)',
    pre: 'Joint test of the leads',
    notEstimated: 'not estimated',
    treated: 'Treated municipalities',
    comparison: 'Comparison municipalities',
  },
};

function f(x: number | null | undefined, d: number, lang: Lang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
  }).format(x);
}

function p3(p: number | null | undefined, lang: Lang): string {
  if (p === null || p === undefined) return '–';
  return p < 0.001 ? (lang === 'da' ? '<0,001' : '<0.001') : f(p, 3, lang);
}

function ci(c: readonly [number, number], lang: Lang): string {
  return `[${f(c[0], 1, lang)}; ${f(c[1], 1, lang)}]`;
}

function inferenceCells(i: Inference, lang: Lang): string {
  return `<td>${f(i.estimate, 1, lang)}</td><td class="${i.municipality.p < 0.05 ? 'sig' : ''}">${ci(i.municipality.ci, lang)} ${p3(i.municipality.p, lang)} (${f(i.municipality.df, 1, lang)})</td><td>${i.wild ? `${p3(i.wild.p, lang)} ${ci(i.wild.ci, lang)}` : '–'}</td><td>${ci(i.person.ci, lang)} ${p3(i.person.p, lang)}</td>`;
}

function checkTable(
  rows: readonly CheckRow[],
  label: (o: CheckRow['outcome']) => string,
  lang: Lang,
): string {
  const t = L[lang];
  const body = rows
    .map(
      (r) =>
        `<tr><td>${esc(label(r.outcome))}</td><td>${esc(r.label)}</td>${
          r.result
            ? inferenceCells(r.result, lang)
            : `<td colspan="4">${t.notEstimated}: ${esc(r.error ?? '')}</td>`
        }</tr>`,
    )
    .join('');
  return `<table><thead><tr><th>${t.outcome}</th><th>${t.check}</th><th>${t.estimate}</th><th>${t.cr2}</th><th>${t.wild}</th><th>${t.person}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function scale(values: number[]): { lo: number; hi: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!(hi - lo > 1e-9)) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  return { lo: lo - pad, hi: hi + pad };
}

/** Event-study chart: CR2 intervals (dark) and person-clustered intervals (light) per period. */
export function eventStudySvg(
  points: readonly {
    period: number;
    estimate: number;
    cr2?: readonly [number, number];
    person?: readonly [number, number];
  }[],
  lang: Lang,
): string {
  const w = 340;
  const h = 210;
  const m = { top: 12, right: 10, bottom: 30, left: 40 };
  const vals = points.flatMap((p) => [p.estimate, ...(p.cr2 ?? []), ...(p.person ?? [])]);
  const { lo, hi } = scale([0, ...vals]);
  const periods = points.map((p) => p.period);
  const pmin = Math.min(...periods);
  const pmax = Math.max(...periods);
  const x = (p: number) => m.left + ((p - pmin + 0.5) / (pmax - pmin + 1)) * (w - m.left - m.right);
  const y = (v: number) => m.top + ((hi - v) / (hi - lo)) * (h - m.top - m.bottom);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`,
    `<line x1="${m.left}" x2="${w - m.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#333"/>`,
    `<line x1="${((x(-1) + x(0)) / 2).toFixed(1)}" x2="${((x(-1) + x(0)) / 2).toFixed(1)}" y1="${m.top}" y2="${h - m.bottom}" stroke="#b00" stroke-dasharray="4 3"/>`,
    `<text x="${m.left - 4}" y="${(y(hi) + 10).toFixed(1)}" font-size="10" text-anchor="end">${f(hi, 0, lang)}</text>`,
    `<text x="${m.left - 4}" y="${(y(lo) - 2).toFixed(1)}" font-size="10" text-anchor="end">${f(lo, 0, lang)}</text>`,
    `<text x="${m.left - 4}" y="${(y(0) + 3).toFixed(1)}" font-size="10" text-anchor="end">0</text>`,
  ];
  for (const p of points) {
    const cx = x(p.period).toFixed(1);
    out.push(
      `<text x="${cx}" y="${h - m.bottom + 13}" font-size="10" text-anchor="middle">${p.period}</text>`,
    );
    if (p.person)
      out.push(
        `<line x1="${Number(cx) + 4}" x2="${Number(cx) + 4}" y1="${y(p.person[0]).toFixed(1)}" y2="${y(p.person[1]).toFixed(1)}" stroke="#9bb8c9" stroke-width="2"/>`,
      );
    if (p.cr2)
      out.push(
        `<line x1="${cx}" x2="${cx}" y1="${y(p.cr2[0]).toFixed(1)}" y2="${y(p.cr2[1]).toFixed(1)}" stroke="#00507a" stroke-width="2"/>`,
      );
    out.push(
      `<circle cx="${cx}" cy="${y(p.estimate).toFixed(1)}" r="4" fill="${p.cr2 ? '#00507a' : '#fff'}" stroke="#00507a"/>`,
    );
  }
  out.push(
    `<text x="${(w + m.left) / 2}" y="${h - 3}" font-size="10" text-anchor="middle">${lang === 'da' ? 'Halvår relativt til start' : 'Half-years relative to the start'}</text></svg>`,
  );
  return out.join('');
}

/** Cohort-trend chart: mean outcome per half-year cohort, treated vs comparison. */
export function trendSvg(points: readonly TrendPoint[], lang: Lang): string {
  const w = 340;
  const h = 210;
  const m = { top: 12, right: 10, bottom: 30, left: 40 };
  const vals = points.flatMap(
    (p) => [p.treated, p.comparison].filter((v) => v !== null) as number[],
  );
  if (vals.length === 0) return '';
  const { lo, hi } = scale(vals);
  const x = (i: number) => m.left + ((i + 0.5) / points.length) * (w - m.left - m.right);
  const y = (v: number) => m.top + ((hi - v) / (hi - lo)) * (h - m.top - m.bottom);
  const line = (key: 'treated' | 'comparison', colour: string, dash: string) => {
    const pts = points
      .map((p, i) => (p[key] === null ? null : `${x(i).toFixed(1)},${y(p[key]!).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
    return `<polyline points="${pts}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`;
  };
  const startIdx = points.findIndex((p) => p.period === 0);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`,
    `<text x="${m.left - 4}" y="${(y(hi) + 10).toFixed(1)}" font-size="10" text-anchor="end">${f(hi, 0, lang)}</text>`,
    `<text x="${m.left - 4}" y="${(y(lo) - 2).toFixed(1)}" font-size="10" text-anchor="end">${f(lo, 0, lang)}</text>`,
    startIdx > 0
      ? `<line x1="${((x(startIdx - 1) + x(startIdx)) / 2).toFixed(1)}" x2="${((x(startIdx - 1) + x(startIdx)) / 2).toFixed(1)}" y1="${m.top}" y2="${h - m.bottom}" stroke="#b00" stroke-dasharray="4 3"/>`
      : '',
    line('comparison', '#8aa9bc', '5 3'),
    line('treated', '#00507a', ''),
  ];
  points.forEach((p, i) => {
    if (i % 2 === 0 || points.length <= 6)
      out.push(
        `<text x="${x(i).toFixed(1)}" y="${h - m.bottom + 13}" font-size="9" text-anchor="middle">${esc(p.cohort)}</text>`,
      );
  });
  out.push(
    `<text x="${m.left + 6}" y="${m.top + 10}" font-size="10" fill="#00507a">— ${L[lang].treated}</text>`,
    `<text x="${m.left + 6}" y="${m.top + 22}" font-size="10" fill="#8aa9bc">- - ${L[lang].comparison}</text></svg>`,
  );
  return out.join('');
}

function effectsSection(
  h: string[],
  checks: DesignChecks,
  effects: readonly EffectRow[],
  _costs: TrialCostBenefit | undefined,
  label: (o: TrialOutcome | 'priorEmploymentShare') => string,
  windowLabel: (w: number) => string,
  lang: Lang,
): void {
  const t = L[lang];
  h.push(`<h2>6. ${t.inference}</h2><p class="note">${esc(t.lead)}</p>`);
  h.push(
    `<table><thead><tr><th>${t.outcome}</th><th>${lang === 'da' ? 'Vindue' : 'Window'}</th><th>${t.estimate}</th><th>${t.cr2}</th><th>${t.wild}</th><th>${t.person}</th><th>${t.holm}</th></tr></thead><tbody>`,
  );
  effects.forEach((e, i) => {
    const c = checks.effects[i];
    h.push(
      `<tr><td>${esc(label(e.outcome))}</td><td>${esc(windowLabel(e.window))}</td>${
        c?.inference
          ? `${inferenceCells(c.inference, lang)}<td>${p3(c.pAdjusted, lang)}</td>`
          : `<td colspan="5">${t.notEstimated}</td>`
      }</tr>`,
    );
  });
  h.push(
    `</tbody></table><p class="note">${
      lang === 'da'
        ? `Holm-justering over de ${checks.effects.filter((e) => e.inference).length} test i tabellen (kommune-CR2 p-værdier). Vild bootstrap: ${checks.bootstrap.replications} træk, Webb-vægte, frø ${checks.bootstrap.seed}.`
        : `Holm adjustment over the ${checks.effects.filter((e) => e.inference).length} tests of the table (municipality CR2 p-values). Wild bootstrap: ${checks.bootstrap.replications} draws, Webb weights, seed ${checks.bootstrap.seed}.`
    }</p>`,
  );
}

function eventStudySection(
  h: string[],
  checks: DesignChecks,
  _effects: readonly EffectRow[],
  _costs: TrialCostBenefit | undefined,
  label: (o: TrialOutcome | 'priorEmploymentShare') => string,
  windowLabel: (w: number) => string,
  lang: Lang,
): void {
  const t = L[lang];
  h.push(
    `<h2>7. ${t.es} — ${esc(windowLabel(checks.primaryWindow))}</h2><p class="note">${esc(t.esNote)}</p><div class="charts">`,
  );
  for (const es of checks.eventStudies) {
    const trend = checks.trends.find((x) => x.outcome === es.outcome);
    if (!es.result) {
      h.push(
        `<figure><figcaption>${esc(label(es.outcome))}</figcaption><p>${t.notEstimated}: ${esc(es.error ?? '')}</p></figure>`,
      );
      continue;
    }
    const pts = es.result.points.map((p) =>
      'reference' in p
        ? { period: p.period, estimate: 0 }
        : {
            period: p.period,
            estimate: p.estimate,
            cr2: p.municipality.ci,
            person: p.person.ci,
          },
    );
    const pre = es.result.preTest;
    h.push(
      `<figure><figcaption>${esc(label(es.outcome))}</figcaption>${eventStudySvg(pts, lang)}<p class="note">${
        pre
          ? `${t.pre}: ${lang === 'da' ? 'kommune' : 'municipality'} F(${pre.municipality.df1}, ${pre.municipality.df2}) = ${f(pre.municipality.f, 2, lang)}, p = ${p3(pre.municipality.p, lang)}; ${lang === 'da' ? 'person' : 'person'} F(${pre.person.df1}, ${pre.person.df2}) = ${f(pre.person.f, 2, lang)}, p = ${p3(pre.person.p, lang)}`
          : ''
      }</p></figure>`,
    );
    if (trend)
      h.push(
        `<figure><figcaption>${esc(`${t.trend}: ${label(es.outcome)}`)}</figcaption>${trendSvg(trend.points, lang)}</figure>`,
      );
  }
  h.push('</div>');
}

function checkSections(
  h: string[],
  checks: DesignChecks,
  _effects: readonly EffectRow[],
  _costs: TrialCostBenefit | undefined,
  label: (o: TrialOutcome | 'priorEmploymentShare') => string,
  _windowLabel: (w: number) => string,
  lang: Lang,
): void {
  const t = L[lang];
  h.push(
    `<h2>8. ${t.placebo}</h2><p class="note">${
      lang === 'da'
        ? `Falsk start ${esc(checks.placebo.fakeStart ?? '–')} inden for førperioden (kun førkohorter), og et placebo-udfald fastlagt før forløbet startede. Begge bør give nul.`
        : `A fake start ${esc(checks.placebo.fakeStart ?? '–')} within the before period (before cohorts only), and a placebo outcome fixed before the spell began. Both should be zero.`
    }</p>${checkTable(checks.placebo.rows, label, lang)}`,
  );
  h.push(
    `<h2>9. ${t.sens}</h2><p class="note">${
      lang === 'da'
        ? `Alternativ sammenligningsgruppe: de næste matchede kommuner (${esc(checks.alternativeComparison.join(', ') || '–')}), disjunkte fra hovedgruppen; samt modellen uden kovariater.`
        : `Alternative comparison group: the next matched municipalities (${esc(checks.alternativeComparison.join(', ') || '–')}), disjoint from the main group; and the model without covariates.`
    }</p>${checkTable(checks.sensitivity, label, lang)}`,
  );
  h.push(
    `<h2>10. ${t.sub}</h2><p class="note">${esc(t.subNote)}</p>${subgroupTable(checks, label, lang)}`,
  );
}

function subgroupLabel(r: SubgroupRow, lang: Lang): string {
  const t = L[lang];
  if (r.dimension === 'targetGroup')
    return `${(r.targetGroups ?? []).join('/') || '–'} (${r.group})`;
  if (r.dimension === 'ageBand') return r.group.replace('-', '–');
  return t.groups[r.group] ?? r.group;
}

/** Subgroup rows with Holm p and BH q over the subgroup family, and the dimensions left out. */
function subgroupTable(
  checks: DesignChecks,
  label: (o: CheckRow['outcome']) => string,
  lang: Lang,
): string {
  const t = L[lang];
  const body = checks.subgroups
    .map(
      (r) =>
        `<tr data-subgroup="${esc(`${r.dimension}:${r.group}`)}"><td>${esc(label(r.outcome))}</td><td>${esc(t.dims[r.dimension])}: ${esc(subgroupLabel(r, lang))}</td>${
          r.result
            ? `${inferenceCells(r.result, lang)}<td>${p3(r.pHolm, lang)}</td><td>${p3(r.qBH, lang)}</td>`
            : `<td colspan="6">${t.notEstimated}: ${esc(r.error ?? '')}</td>`
        }</tr>`,
    )
    .join('');
  const fam = checks.subgroupFamily;
  const omitted = (fam?.omitted ?? [])
    .map((o) => `${t.dims[o.dimension]}: ${lang === 'da' ? o.reasonDa : o.reason}`)
    .join('; ');
  const note =
    lang === 'da'
      ? `Holm og Benjamini–Hochberg over de ${fam?.size ?? 0} undergruppetest.`
      : `Holm and Benjamini–Hochberg over the ${fam?.size ?? 0} subgroup tests.`;
  return `<table class="subgroups"><thead><tr><th>${t.outcome}</th><th>${t.group}</th><th>${t.estimate}</th><th>${t.cr2}</th><th>${t.wild}</th><th>${t.person}</th><th>${t.holm}</th><th>${t.bh}</th></tr></thead><tbody>${body}</tbody></table><p class="note">${esc(note)}${omitted ? ` ${esc(t.omitted)}: ${esc(omitted)}.` : ''}</p>`;
}

/** The cost section's assumptions, with the source of the default weekly benefit cost. */
function costAssumptions(costs: TrialCostBenefit, lang: Lang): string {
  const a = costs.assumptions;
  return lang === 'da'
    ? `Antagelser (kan ændres med --weekly-benefit-cost): ${f(a.weeklyBenefitCost, 0, lang)} kr pr. ydelsesuge${a.weeklyBenefitCost === 5 * DAGPENGE_MAX_DAILY_2017 ? ' — højeste dagpengesats for fuldtidsforsikrede 2017, 849 kr pr. dag × 5 (LAU § 47; Beskæftigelsesministeriet, Satser for 2017), brutto; en øvre værdi, og kun for dagpenge' : ' (angivet af brugeren)'}; ${a.weeksPerWindow} uger pr. vindue; effekten på ydelsesgraden omregnet til uger. Intervallet summerer vinduernes grænser (konservativt).`
    : `Assumptions (override with --weekly-benefit-cost): ${f(a.weeklyBenefitCost, 0, lang)} kr per benefit week${a.weeklyBenefitCost === 5 * DAGPENGE_MAX_DAILY_2017 ? ' — the maximum dagpenge rate for the fully insured in 2017, 849 kr per day × 5 (LAU § 47; Ministry of Employment, rates for 2017), gross; an upper value, and for dagpenge only' : ' (given by the user)'}; ${a.weeksPerWindow} weeks per window; the benefit-degree effect converted to weeks. The interval sums the windows' bounds (conservative).`;
}

function costSection(
  h: string[],
  _checks: DesignChecks,
  _effects: readonly EffectRow[],
  costs: TrialCostBenefit | undefined,
  _label: (o: TrialOutcome | 'priorEmploymentShare') => string,
  _windowLabel: (w: number) => string,
  lang: Lang,
): void {
  const t = L[lang];
  if (costs) {
    const a = costs.assumptions;
    h.push(
      `<h2>11. ${t.costs}</h2><table><tbody>
<tr><td>${lang === 'da' ? 'Ydelsesuger pr. forløb (vinduer' : 'Benefit weeks per spell (windows'} ${costs.windows.join(', ')})</td><td>${f(costs.benefitWeeksPerSpell, 2, lang)} ${costs.benefitWeeksCi ? ci(costs.benefitWeeksCi, lang) : ''}</td></tr>
<tr><td>${lang === 'da' ? 'Forløb i forsøgskommunerne efter start' : 'Spells in the treated municipalities after the start'}</td><td>${f(costs.spells, 0, lang)}</td></tr>
<tr><td>${lang === 'da' ? 'Ydelsesudgift, kr (negativ = besparelse)' : 'Benefit cost, kr (negative = saving)'}</td><td>${f(costs.benefitCost, 0, lang)}</td></tr>
<tr><td>${lang === 'da' ? 'Kommunens procesændring, kr' : "The municipality's process change, kr"}</td><td>${costs.processCost === null ? (lang === 'da' ? 'ikke beregnet (simulatoren)' : 'not computed (the simulator)') : f(costs.processCost, 0, lang)}</td></tr>
<tr class="total"><td>${lang === 'da' ? 'I alt, kr' : 'Total, kr'}</td><td>${f(costs.total, 0, lang)}</td></tr>
</tbody></table><p class="note">${costAssumptions(costs, lang)}${a.processChangePerSpell ? ` ${esc(a.processChangePerSpell.source)}` : ''}</p>`,
    );
  }
}

export function renderChecksHtml(
  checks: DesignChecks,
  effects: readonly EffectRow[],
  costs: TrialCostBenefit | undefined,
  label: (o: TrialOutcome | 'priorEmploymentShare') => string,
  windowLabel: (w: number) => string,
  lang: Lang,
): string {
  const h: string[] = [];
  for (const section of [effectsSection, eventStudySection, checkSections, costSection])
    section(h, checks, effects, costs, label, windowLabel, lang);
  return h.join('\n');
}
