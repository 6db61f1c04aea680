/**
 * The trial effect report on a synthetic register with a planted effect.
 *
 * The synthetic generator (src/register/synth.ts) plants the effect on
 * a-dagpenge spells starting from 2017-07-01 in the nine Formkrav municipalities:
 * a share `size` of all treated spells that would have had no employment in
 * the 52 weeks after the start are made employed at 37 h/week from week 13 on.
 * That moves the employment degree in months 7–9 by about the realised share
 * (the manifest's realisedPp, ≈ 11.4 pp for seed 1), and leaves activation in
 * months 1–3 untouched (the change starts after week 13). The seed and size
 * were checked on three seeds (1, 2, 3): estimates 11.3, 11.3, 8.8 pp with
 * SE ≈ 2.7; activation in months 1–3: −1.6, −1.8, 3.9 pp, all ns.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowOutcomes } from '../../src/evaluation/did.ts';
import { openTrialRegister } from '../../src/evaluation/trial-report/data.ts';
import {
  benefitsForTargetGroups,
  periodsAround,
  trialDesign,
} from '../../src/evaluation/trial-report/design.ts';
import { buildTrialReport, type TrialReportRun } from '../../src/evaluation/trial-report/run.ts';
import {
  type EffectRealised,
  generateSyntheticRegister,
  NAMED_MUNICIPALITY_SETS,
} from '../../src/register/synth.ts';
import { trialById } from '../../src/rules/trials/index.ts';
import { sqlString } from '../../src/sql/duckdb.ts';
import { CHROMIUM, itWith } from '../support/requirements.ts';

const run = promisify(execFile);
const scratch = mkdtempSync(path.join(tmpdir(), 'jobcenter-trial-report-'));
const registerDir = path.join(scratch, 'register');
const TRIAL = 'fk2-formkrav-samtaler';
let planted: EffectRealised;
let result: TrialReportRun;

beforeAll(async () => {
  const summary = await generateSyntheticRegister({
    persons: 40_000,
    from: '2014-07',
    to: '2020-12',
    seed: 1,
    out: registerDir,
    effect: {
      outcome: 'employment',
      benefit: 'a-dagpenge',
      municipalities: NAMED_MUNICIPALITY_SETS['north-jutland-9']!,
      start: '2017-07-01',
      size: 0.12,
    },
  });
  planted = summary.effect!;
  result = await buildTrialReport({
    trialId: TRIAL,
    register: registerDir,
    comparison: 'auto',
    perTreated: 4,
    beforeHalfYears: 3,
    replications: 999,
  });
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('trial design from the trial scope', () => {
  it('reproduces the Formkrav evaluation A cohorts (measures.md §2)', () => {
    const d = trialDesign(trialById(TRIAL)!);
    expect(d.part).toBe('A');
    expect(d.start).toBe('2017-07-01');
    expect(d.benefits).toEqual(['a-dagpenge']);
    expect(d.treated.map((t) => t.code).sort()).toEqual(
      ['787', '810', '813', '820', '840', '846', '849', '851', '860'].sort(),
    );
    expect(d.periods).toEqual({
      before: ['2016,1', '2016,2'],
      excluded: ['2017,1'],
      after: ['2017,2', '2018,1', '2018,2', '2019,1', '2019,2'],
    });
  });

  it('excludes the half-year holding a mid-half-year start as well', () => {
    // Start 2018-06-01 (Hjørring, rehab trial): 2018,1 holds the start → excluded with 2017,2.
    expect(periodsAround('2018-06-01', 2, 1, 2)).toEqual({
      before: ['2016,2', '2017,1'],
      excluded: ['2017,2', '2018,1'],
      after: ['2018,2', '2019,1'],
    });
  });

  it('maps target groups to register benefits', () => {
    expect(benefitsForTargetGroups(['6.6'])).toEqual(['sygedagpenge']);
    expect(benefitsForTargetGroups(['6.2'])).toContain('kontanthjaelp');
  });

  it('refuses an unknown part, naming it', () => {
    expect(() => trialDesign(trialById(TRIAL)!, { part: 'C' })).toThrow(/--part C.*parts A, B/);
  });
});

describe('trial report on a synthetic register with a planted effect', () => {
  it('recovers the planted employment effect in months 7–9', () => {
    const e = result.report.effects.find(
      (x) => x.outcome === 'employmentDegree' && x.window === 3,
    )!;
    expect(planted.realisedPp).toBeGreaterThan(9);
    expect(e.estimate).toBeGreaterThan(0);
    expect(e.ci![0]).toBeGreaterThan(0);
    expect(e.ci![0]).toBeLessThanOrEqual(planted.realisedPp);
    expect(e.ci![1]).toBeGreaterThanOrEqual(planted.realisedPp);
    expect(e.ci![0]).toBeLessThanOrEqual(100 * planted.spec.size);
    expect(e.ci![1]).toBeGreaterThanOrEqual(100 * planted.spec.size);
    // Person-clustered: fewer clusters than spells, at least one per person.
    expect(e.clusters).toBeLessThan(e.n);
    expect(e.clusters).toBeGreaterThan(e.n / 2);
  });

  it('finds no significant effect where none is planted (activation, months 1–3)', () => {
    for (const outcome of ['activation', 'activationDegree'] as const) {
      const e = result.report.effects.find((x) => x.outcome === outcome && x.window === 1)!;
      expect(e.p).toBeGreaterThan(0.05);
      expect(e.stars).toBe('ns');
      expect(e.ci![0]).toBeLessThan(0);
      expect(e.ci![1]).toBeGreaterThan(0);
    }
  });

  it('reports a constant outcome as not estimated instead of a number', () => {
    // Everyone is on dagpenge in the start week, so the share in months 1–3 is 100 %.
    const e = result.report.effects.find((x) => x.outcome === 'onBenefit' && x.window === 1)!;
    expect(e.estimate).toBeNull();
    expect(e.error).toMatch(/onBenefit is 100 %/);
  });

  it('design checks: municipality-level inference, event study, placebo, sensitivity, subgroups, costs', () => {
    const r = result.report;
    const checks = r.checks!;
    expect(checks.leadInference).toBe('municipality-cr2');
    // Municipality-level inference of the planted effect: same estimate, CR2 CI covers it.
    const i = r.effects.findIndex((x) => x.outcome === 'employmentDegree' && x.window === 3);
    const m = checks.effects[i]!.inference!;
    expect(m.estimate).toBeCloseTo(r.effects[i]!.estimate!, 10);
    expect(m.municipality.clusters).toBe(r.design.treated.length + r.comparison.length);
    expect(m.municipality.ci[0]).toBeGreaterThan(0);
    expect(m.municipality.ci[0]).toBeLessThanOrEqual(planted.realisedPp);
    expect(m.municipality.ci[1]).toBeGreaterThanOrEqual(planted.realisedPp);
    // Few treated municipalities: Satterthwaite df far below G − 1.
    expect(m.municipality.df).toBeLessThan(m.municipality.clusters - 1);
    expect(m.wild!.p).toBeLessThan(0.05);
    // Holm never lowers a p-value and is monotone in the raw p.
    checks.effects.forEach((e) => {
      if (e.inference) expect(e.pAdjusted!).toBeGreaterThanOrEqual(e.inference.municipality.p);
    });
    // Event study over 4 half-years before (−4 … −1, reference −1) and 5 after.
    const es = checks.eventStudies.find((x) => x.outcome === 'employmentDegree')!.result!;
    expect(es.points.map((p) => p.period)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(es.preTest!.municipality.df1).toBe(3);
    expect(es.preTest!.municipality.p).toBeGreaterThan(0.05); // nothing planted before the start
    const lag = es.points.find((p) => p.period === 1)!;
    expect('reference' in lag ? 0 : lag.estimate).toBeGreaterThan(0);
    // Placebo outcome fixed before the spell: not significant.
    const placeboOutcome = checks.placebo.rows.find((x) => x.outcome === 'priorEmploymentShare')!;
    expect(placeboOutcome.result!.municipality.p).toBeGreaterThan(0.05);
    expect(checks.placebo.fakeStart).toBe('2016,1');
    expect(checks.alternativeComparison.length).toBeGreaterThan(0);
    expect(checks.sensitivity.length).toBeGreaterThan(0);
    expect(checks.subgroups.map((x) => x.label)).toContain('no prior employment');
    // Person attributes from persons.parquet: age bands and sex; Formkrav A has one target group.
    const groups = new Set(checks.subgroups.map((x) => `${x.dimension}:${x.group}`));
    for (const g of ['ageBand:16-29', 'ageBand:30-49', 'ageBand:50+', 'sex:K', 'sex:M'])
      expect(groups).toContain(g);
    expect(checks.subgroupFamily.omitted.map((o) => o.dimension)).toEqual(['targetGroup']);
    const women = checks.subgroups.find(
      (x) => x.outcome === 'employmentDegree' && x.dimension === 'sex' && x.group === 'K',
    )!.result!;
    expect(women.estimate).toBeGreaterThan(0); // planted for everyone, so in each sex too
    checks.subgroups.forEach((x) => {
      if (x.result) {
        expect(x.pHolm!).toBeGreaterThanOrEqual(x.result.municipality.p);
        expect(x.qBH!).toBeGreaterThanOrEqual(x.result.municipality.p);
        expect(x.qBH!).toBeLessThanOrEqual(x.pHolm! + 1e-12);
      }
    });
    expect(checks.subgroupFamily.size).toBe(checks.subgroups.filter((x) => x.result).length);
    // Cost: fewer benefit weeks valued at the stated weekly cost.
    expect(r.costs!.benefitWeeksPerSpell).toBeLessThan(0);
    expect(r.costs!.benefitCost).toBeCloseTo(
      r.costs!.benefitWeeksPerSpell * r.costs!.spells * r.costs!.assumptions.weeklyBenefitCost,
      6,
    );
    expect(result.html).toContain('Event study');
    expect(result.html).toMatch(/Joint test of the leads|Fælles test af førperioderne/);
    expect(result.html).toContain('Undergrupper');
    expect(result.html).toContain('data-subgroup="sex:K"');
    expect(result.html).toContain('q (BH)');
  });

  it('counts cohorts like Tab. 6: the excluded half-year is blank and totals add up', () => {
    const r = result.report;
    expect(r.cohorts.map((c) => c.cohort)).toEqual([
      '2015,2',
      '2016,1',
      '2016,2',
      '2017,1',
      '2017,2',
      '2018,1',
      '2018,2',
      '2019,1',
      '2019,2',
    ]);
    expect(r.cohorts.find((c) => c.cohort === '2017,1')).toMatchObject({
      comparison: null,
      treated: null,
    });
    const before = r.cohorts.filter((c) => c.period === 'before');
    expect(r.totals.before.treated).toBe(before.reduce((s, c) => s + c.treated!, 0));
    const e = r.effects[0]!;
    expect(e.n).toBe(
      r.totals.before.treated +
        r.totals.before.comparison +
        r.totals.after.treated +
        r.totals.after.comparison,
    );
  });

  it('builds starts and window outcomes as windowOutcomes does, for a sample of persons', async () => {
    const r = result.report;
    const inDesign = new Set([
      ...r.design.treated.map((t) => t.code),
      ...r.comparison.map((c) => c.code),
    ]);
    const analysed = new Set([...r.design.periods.before, ...r.design.periods.after]);
    const reg = await openTrialRegister(registerDir);
    try {
      const persons = await reg.db.all(
        `SELECT DISTINCT person_id FROM register WHERE benefit = 'a-dagpenge' AND municipality IN (${[...inDesign].map(sqlString).join(', ')}) ORDER BY person_id LIMIT 150`,
      );
      const ids = persons.map((p) => Number(p.person_id));
      const weeks = await reg.db.all(
        `SELECT person_id, CAST(week AS VARCHAR) AS week, municipality, benefit, hours, activation FROM register WHERE person_id IN (${ids.join(', ')}) ORDER BY person_id, week`,
      );
      const dataEnd = new Date(Date.parse(`${reg.lastWeek}T00:00:00Z`) + 7 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const firstStart = new Date(Date.parse(`${reg.firstWeek}T00:00:00Z`) + 28 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      let compared = 0;
      for (const id of ids) {
        const mine = weeks.filter((w) => Number(w.person_id) === id);
        // Starts by hand: an a-dagpenge week with none in the 4 weeks before.
        const expected: { start: string; municipality: string }[] = [];
        let lastOn: number | null = null;
        for (const w of mine) {
          if (w.benefit !== 'a-dagpenge') continue;
          const t = Date.parse(String(w.week));
          const start = lastOn === null || t - lastOn >= 35 * 86_400_000;
          lastOn = t;
          const week = String(w.week);
          const cohort = `${week.slice(0, 4)},${Number(week.slice(5, 7)) <= 6 ? 1 : 2}`;
          if (
            start &&
            week >= firstStart &&
            analysed.has(cohort) &&
            inDesign.has(String(w.municipality))
          )
            expected.push({ start: week, municipality: String(w.municipality) });
        }
        const actual = spellsOf(id);
        expect(actual.map((s) => s.municipality)).toEqual(expected.map((e) => e.municipality));
        expected.forEach((e, i) => {
          const statuses = mine.map((w) => ({
            week: String(w.week),
            hours: Number(w.hours),
            onBenefit: w.benefit === 'a-dagpenge',
            activation:
              w.activation === 'loentilskud' || w.activation === 'virksomhedspraktik'
                ? (w.activation as 'loentilskud' | 'virksomhedspraktik')
                : w.activation === 'vejledning-opkvalificering'
                  ? ('vejledning' as const)
                  : null,
          }));
          const ref = windowOutcomes(e.start, statuses, dataEnd);
          const spell = actual[i]!;
          expect(Object.keys(spell.windows).length).toBe(ref.length);
          for (const w of ref) {
            const o = spell.windows[w.window]!;
            expect(o.employed).toBe(w.employed);
            expect(o.employmentDegree).toBeCloseTo(w.employmentDegree, 12);
            expect(o.onBenefit).toBe(w.onBenefit);
            expect(o.benefitDegree).toBeCloseTo(w.benefitDegree, 12);
            expect(o.activation).toBe(w.activation);
            expect(o.activationDegree).toBeCloseTo(w.activationDegree, 12);
            compared++;
          }
        });
      }
      expect(compared).toBeGreaterThan(100);
    } finally {
      reg.db.close();
    }
  });
});

function spellsOf(person: number) {
  return result.data.spells.filter((s) => s.person === person);
}

describe('jobcenter evaluate trial (CLI)', () => {
  const bin = path.resolve('bin/jobcenter.js');
  async function jobcenter(args: string[]) {
    try {
      const { stdout, stderr } = await run('node', [bin, ...args], { maxBuffer: 1 << 24 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('writes a self-contained HTML report, the effect CSV and JSON', async () => {
    const out = path.join(scratch, 'out-en');
    const comparison = result.report.comparison.map((c) => c.code).join(',');
    const { code, stdout, stderr } = await jobcenter([
      'evaluate',
      'trial',
      TRIAL,
      '--register',
      registerDir,
      '--comparison',
      comparison,
      '--before',
      '3',
      '--out',
      out,
      '--lang',
      'en',
      '--no-pdf',
      '--replications',
      '199',
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.files.some((f: string) => f.endsWith('report.html'))).toBe(true);
    expect(printed.subgroups.some((x: { dimension: string }) => x.dimension === 'ageBand')).toBe(
      true,
    );
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('Number of spells by half-year of start');
    expect(html).toContain('Effects (difference-in-differences)');
    // 6 effect charts, and per outcome an event-study chart and a cohort-trend chart.
    expect(html.match(/<svg /g)?.length).toBe(18);
    expect(html).not.toMatch(/<script|src="http|href="http/);
    const csv = readFileSync(path.join(out, 'effects.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(
      'outcome,window,months,estimate_pp,se,ci_low,ci_high,p,stars,n,clusters,error',
    );
    expect(csv).toHaveLength(1 + 6 * 4);
    // Same comparison municipalities and design as the API run → the same estimate.
    const row = csv.find((l) => l.startsWith('employmentDegree,3,'))!.split(',');
    const e = result.report.effects.find(
      (x) => x.outcome === 'employmentDegree' && x.window === 3,
    )!;
    expect(Number(row[3])).toBeCloseTo(e.estimate!, 10);
    const json = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(json.design.trialId).toBe(TRIAL);
    expect(html).toContain('Subgroups');
    expect(html).toContain('Holm and Benjamini–Hochberg over the');
    const sub = readFileSync(path.join(out, 'subgroups.csv'), 'utf8').trim().split('\n');
    expect(sub[0]).toMatch(
      /^outcome,window,dimension,group,target_groups,estimate_pp,cr2_se,cr2_df/,
    );
    expect(sub.some((l) => l.startsWith('employmentDegree,3,sex,K,'))).toBe(true);
  }, 120_000);

  itWith(
    CHROMIUM,
    'prints the Danish report to PDF',
    async () => {
      const out = path.join(scratch, 'out-da');
      const { code, stderr } = await jobcenter([
        'evaluate',
        'trial',
        TRIAL,
        '--register',
        registerDir,
        '--comparison',
        '561,461,336,269',
        '--outcomes',
        'employed,employmentDegree',
        '--replications',
        '199',
        '--out',
        out,
      ]);
      expect(stderr).not.toContain('no PDF');
      expect(code).toBe(0);
      const html = readFileSync(path.join(out, 'report.html'), 'utf8');
      expect(html).toContain('Antal forløb fordelt på halvår for opstart');
      expect(html).toContain('Gennemsnitlig beskæftigelsesgrad');
      expect(readFileSync(path.join(out, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    120_000,
  );

  it('refuses an unknown trial and a comparison municipality inside the trial', async () => {
    const a = await jobcenter(['evaluate', 'trial', 'no-such-trial', '--register', registerDir]);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/unknown trial "no-such-trial"/);
    const b = await jobcenter([
      'evaluate',
      'trial',
      TRIAL,
      '--register',
      registerDir,
      '--comparison',
      '851,561',
    ]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/--comparison: 851 \(Aalborg\) takes part/);
  }, 60_000);
});
