/**
 * Synthetic national weekly register: a semi-Markov model of people moving
 * between employment, education and the benefits, over all 98 municipalities.
 * The model and its calibration are documented in docs/synthetic-register.md.
 *
 * Speed: persons are simulated in TypeScript into per-person weekly arrays,
 * run-length encoded into episodes (runs of identical weeks) and streamed to a
 * CSV file; DuckDB then expands the episodes to weeks and writes Parquet
 * partitioned by ISO year. Deterministic for a given seed.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from '../calendar/index.ts';
import {
  MUNICIPALITIES,
  NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK,
} from '../reference/municipalities.ts';
import { DuckDb, sqlString } from '../sql/duckdb.ts';
import { APPROXIMATE_POPULATION_THOUSANDS } from './municipality-weights.ts';
import {
  birthDayNumber,
  dateAtAge,
  EDUCATION_LEVELS,
  EDUCATION_WEIGHTS,
  ENTRY_AGE,
  MORTALITY_FP,
  ORIGIN_WEIGHTS,
  ORIGINS,
  pensionAge,
  yearsToDeath,
} from './population.ts';
import { ACTIVATION_TYPES, type RegisterBenefit } from './schema.ts';
import {
  REGISTER_FORMAT,
  REGISTER_FORMAT_VERSION,
  storeSpells,
  weeksGlob,
  writeManifest,
} from './store.ts';

/** Model states. Benefit states carry the register code; the others have none. */
const STATES = [
  { id: 'employed', benefit: null },
  { id: 'unemployed-no-benefit', benefit: null },
  { id: 'education', benefit: null },
  { id: 'a-dagpenge', benefit: 'a-dagpenge' },
  { id: 'kontanthjaelp', benefit: 'kontanthjaelp' },
  { id: 'uddannelseshjaelp', benefit: 'uddannelseshjaelp' },
  { id: 'integrationsydelse', benefit: 'integrationsydelse' },
  { id: 'sygedagpenge', benefit: 'sygedagpenge' },
  { id: 'jobafklaring', benefit: 'jobafklaring' },
  { id: 'ressourceforloeb', benefit: 'ressourceforloeb' },
  { id: 'ledighedsydelse', benefit: 'ledighedsydelse' },
  { id: 'fleksjob', benefit: 'fleksjob' },
  { id: 'revalidering', benefit: 'revalidering' },
  { id: 'foertidspension', benefit: 'foertidspension' },
] as const satisfies readonly { id: string; benefit: RegisterBenefit | null }[];

const S = Object.fromEntries(STATES.map((s, i) => [s.id, i])) as Record<
  (typeof STATES)[number]['id'],
  number
>;

/** Share of the synthetic population in each state at the start (and roughly throughout). */
const INITIAL_SHARE: readonly number[] = [
  0.742, 0.015, 0.06, 0.028, 0.028, 0.014, 0.01, 0.023, 0.005, 0.008, 0.005, 0.025, 0.001, 0.036,
];

/**
 * Spell durations in weeks: a mixture of geometric distributions
 * [weight, mean] per state, with an optional maximum.
 */
const DURATION: readonly { mix: readonly (readonly [number, number])[]; max?: number }[] = [
  { mix: [[1, 400]] }, // employed: ends by the exit hazards below
  { mix: [[1, 8]] },
  { mix: [[1, 120]] },
  {
    mix: [
      [0.6, 10],
      [0.4, 35],
    ],
    max: 104,
  }, // a-dagpenge: 2-year period
  {
    mix: [
      [0.5, 30],
      [0.5, 190],
    ],
  },
  {
    mix: [
      [0.6, 25],
      [0.4, 90],
    ],
  },
  { mix: [[1, 90]] },
  {
    mix: [
      [0.72, 3],
      [0.23, 11],
      [0.05, 40],
    ],
  }, // sygedagpenge
  { mix: [[1, 45]] },
  { mix: [[1, 140]] },
  { mix: [[1, 45]] },
  { mix: [[1, 300]] },
  { mix: [[1, 60]] },
  { mix: [[1, 100_000]] }, // førtidspension: absorbing
];

/**
 * Where a spell goes when it ends: [state, weight]. The weights into
 * førtidspension were halved when the population began to age (#15 item 4)
 * so that its stock holds steady near 5–6 % of the population (Danish level:
 * about 200,000 recipients of 3.6 million aged 16–66) instead of growing.
 */
const EXIT: readonly (readonly (readonly [number, number])[])[] = [
  // employed → unemployed, sick, education …: chosen by EMPLOYED_EXIT instead
  [],
  [
    [S.employed, 0.8],
    [S.kontanthjaelp, 0.1],
    [S.education, 0.1],
  ],
  [
    [S.employed, 0.85],
    [S['a-dagpenge'], 0.1],
    [S.uddannelseshjaelp, 0.05],
  ],
  [
    [S.employed, 0.82],
    [S['unemployed-no-benefit'], 0.06],
    [S.education, 0.04],
    [S.sygedagpenge, 0.05],
    [S.kontanthjaelp, 0.03],
  ],
  [
    [S.employed, 0.51],
    [S.education, 0.12],
    [S['unemployed-no-benefit'], 0.15],
    [S.ressourceforloeb, 0.06],
    [S.sygedagpenge, 0.06],
    [S.foertidspension, 0.015],
    [S.ledighedsydelse, 0.02],
    [S.revalidering, 0.05],
  ],
  [
    [S.education, 0.45],
    [S.employed, 0.4],
    [S.kontanthjaelp, 0.1],
    [S.ressourceforloeb, 0.05],
  ],
  [
    [S.employed, 0.5],
    [S.kontanthjaelp, 0.4],
    [S.education, 0.1],
  ],
  [
    [S.employed, 0.94],
    [S['a-dagpenge'], 0.03],
    [S.ressourceforloeb, 0.01],
    [S.foertidspension, 0.005],
    [S.ledighedsydelse, 0.01],
  ],
  [
    [S.employed, 0.45],
    [S.ressourceforloeb, 0.1],
    [S.ledighedsydelse, 0.15],
    [S.foertidspension, 0.05],
    [S.kontanthjaelp, 0.1],
    [S['a-dagpenge'], 0.1],
  ],
  [
    [S.ledighedsydelse, 0.25],
    [S.foertidspension, 0.125],
    [S.kontanthjaelp, 0.25],
    [S.employed, 0.25],
  ],
  [
    [S.fleksjob, 0.8],
    [S.foertidspension, 0.05],
    [S.employed, 0.1],
  ],
  [
    [S.ledighedsydelse, 0.6],
    [S.employed, 0.2],
    [S.foertidspension, 0.1],
  ],
  [
    [S.employed, 0.7],
    [S.kontanthjaelp, 0.2],
    [S.education, 0.1],
  ],
  [],
];

/** Weekly hazards out of employment (per employed person-week). */
const EMPLOYED_EXIT: readonly (readonly [number, number])[] = [
  [S.sygedagpenge, 0.0036],
  [S['a-dagpenge'], 0.0012],
  [S['unemployed-no-benefit'], 0.0003],
  [S.education, 0.0003],
  [S.kontanthjaelp, 0.00012],
  [S.uddannelseshjaelp, 0.00012],
  [S.integrationsydelse, 0.00008],
  [S.foertidspension, 0.00003],
  [S.ressourceforloeb, 0.00002],
];
const EMPLOYED_EXIT_TOTAL = EMPLOYED_EXIT.reduce((s, [, p]) => s + p, 0);

/** Weekly chance to start an offer, by state (benefit states with an active effort). */
const ACTIVATION_START: readonly number[] = [
  0, 0, 0, 0.025, 0.02, 0.03, 0.04, 0.004, 0.02, 0.04, 0.03, 0, 0.05, 0,
];
/** Weekly chance of some ordinary hours while on the benefit. */
const SIDE_HOURS: readonly number[] = [
  0, 0, 0, 0.08, 0.04, 0.05, 0.05, 0, 0.01, 0.02, 0.02, 0, 0.02, 0,
];

/**
 * visitationskategori (schema.ts CATEGORIES) on kontanthjælp, uddannelseshjælp and
 * integrationsydelse, by state: the chance that a new spell starts aktivitetsparat (else
 * jobparat, or uddannelsesparat on uddannelseshjælp); −1 = no category. Assumptions, not
 * calibrated (docs/synthetic-register.md): together with the weekly moves below they give
 * stocks of roughly 65–75 % aktivitetsparat on kontanthjælp, 60 % on uddannelseshjælp and
 * 40–50 % on integrationsydelse, near the national picture of 2016–2019 (most long-term
 * kontanthjælp recipients are aktivitetsparate; most refugees were visited as jobparate).
 */
const AKT_AT_START: readonly number[] = [
  -1, -1, -1, -1, 0.45, 0.5, 0.25, -1, -1, -1, -1, -1, -1, -1,
];
/** Weekly chance of a re-visitation: job-/education-ready → aktivitetsparat, and back. */
const TO_AKT = 1 / 80;
const TO_READY = 1 / 250;
/** Category codes in the episode file: 0 none, 1 jobparat/uddannelsesparat, 2 aktivitetsparat. */
const CATEGORY_SQL = `CASE x.cat WHEN 1 THEN CASE st.benefit WHEN 'uddannelseshjaelp' THEN 'uddannelsesparat' ELSE 'jobparat' END WHEN 2 THEN 'aktivitetsparat' END`;

/** Sickness spells beyond this many weeks go to jobafklaring with probability JAF_SHARE. */
const SICK_JAF_WEEK = 22;
const JAF_SHARE = 0.5;
/** Share of sygedagpenge spells that are partial sick-listings from some week on. */
const PARTIAL_SHARE = 0.22;
/** Weekly chance of moving to another municipality (about 1.5 % a year). */
const MOVE_RATE = 0.0003;
/** Weekly chance of an interview while on a-dagpenge. */
const INTERVIEW_RATE = 0.22;

/**
 * Job interviews (jobsamtaler) for the other benefits whose rules require them
 * (docs/register-format.md § Interviews; the rules with requirement `interview`: LAB § 31
 * "at least four interviews in the first six months" for kontanthjælp, uddannelseshjælp,
 * integrationsydelse, jobafklaring, ressourceforløb, ledighedsydelse and revalidering from
 * 2020; before 2020 an interview every 8 weeks for aktivitetsparate on uddannelseshjælp and 4
 * per 12 months on integrationsydelse). A plausible municipality, not a calibrated one: the
 * first interview `first` weeks into the spell at most, then one every `early` weeks in the
 * first 26 weeks and every `later` weeks after. Each planned interview is held in its week
 * (1 − IV_LATE − IV_MISSED), 1–3 weeks late (IV_LATE) or not at all (IV_MISSED); the next is
 * planned from the week it was held (or planned, when missed). Sygedagpenge follow-up
 * interviews (opfølgningssamtaler) are another requirement and are not written.
 */
const INTERVIEW_PLAN: Partial<
  Record<RegisterBenefit, { first: number; early: number; later: number }>
> = {
  kontanthjaelp: { first: 2, early: 6, later: 6 },
  uddannelseshjaelp: { first: 2, early: 6, later: 6 },
  integrationsydelse: { first: 2, early: 6, later: 6 },
  jobafklaring: { first: 3, early: 6, later: 8 },
  ressourceforloeb: { first: 3, early: 6, later: 8 },
  revalidering: { first: 3, early: 6, later: 8 },
  ledighedsydelse: { first: 3, early: 6, later: 12 },
};
const IV_LATE = 0.2;
const IV_MISSED = 0.12;
const BURN_IN_WEEKS = 104;

export interface EffectSpec {
  /** 'employment' (any ordinary employment in the 52 weeks after the spell start). */
  outcome: 'employment';
  /** The benefit whose spells are treated (default a-dagpenge). */
  benefit: RegisterBenefit;
  municipalities: readonly string[];
  /** Spells starting on or after this date are treated. */
  start: string;
  /** Change in the share employed, as a fraction (−0.01 = −1 percentage point). */
  size: number;
}

export interface SynthOptions {
  persons: number;
  /** First month 'YYYY-MM' and last month 'YYYY-MM' (inclusive). */
  from: string;
  to: string;
  seed: number;
  out: string;
  effect?: EffectSpec;
  onProgress?: (done: number, total: number) => void;
  /** DuckDB threads for the Parquet step. */
  threads?: number;
}

export interface SynthSummary {
  /** The population at the start (as asked for); entrants come on top. */
  persons: number;
  /** Persons entering at 16 during the register's weeks (new cohorts). */
  entrants: number;
  /** Persons leaving at folkepension age, and by death, during the register's weeks. */
  pensioned: number;
  deaths: number;
  weeks: number;
  rows: number;
  episodes: number;
  firstWeek: string;
  lastWeek: string;
  effect?: EffectRealised;
}

export interface EffectRealised {
  spec: EffectSpec;
  treatedSpells: number;
  /** Share of treated spells with employment in the window, without the effect. */
  counterfactualShare: number;
  /** The same share with the effect applied. */
  actualShare: number;
  /** actual − counterfactual, in percentage points. */
  realisedPp: number;
}

/** Parses `outcome[/benefit]:municipalities:start:size`, e.g. `employment:773,787:2017-07-01:-0.01`. */
export function parseEffect(
  text: string,
  namedSets: Record<string, readonly string[]> = NAMED_MUNICIPALITY_SETS,
): EffectSpec {
  const parts = text.split(':');
  if (parts.length !== 4) {
    throw new Error(
      '--effect must be outcome:municipalities:start:size, e.g. employment:north-jutland-network:2017-07-01:-0.01',
    );
  }
  const [outcomePart, muniPart, start, sizeText] = parts as [string, string, string, string];
  const [outcome, benefit = 'a-dagpenge'] = outcomePart.split('/');
  if (outcome !== 'employment')
    throw new Error(`--effect: unknown outcome ${JSON.stringify(outcome)} (known: employment)`);
  if (!STATES.some((s) => s.benefit === benefit))
    throw new Error(`--effect: unknown benefit ${JSON.stringify(benefit)}`);
  const municipalities = namedSets[muniPart] ?? muniPart.split(',').map((s) => s.trim());
  for (const m of municipalities) {
    if (!MUNICIPALITIES.some((x) => x.code === m)) {
      throw new Error(
        `--effect: unknown municipality ${JSON.stringify(m)} (codes like 849, or ${Object.keys(namedSets).join(', ')})`,
      );
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) throw new Error('--effect: start must be YYYY-MM-DD');
  const size = Number(sizeText);
  if (!Number.isFinite(size) || Math.abs(size) > 0.5)
    throw new Error('--effect: size must be a fraction between −0.5 and 0.5 (−0.01 = −1 pp)');
  return {
    outcome: 'employment',
    benefit: benefit as RegisterBenefit,
    municipalities,
    start,
    size,
  };
}

export const NAMED_MUNICIPALITY_SETS: Record<string, readonly string[]> = {
  /** The 11 municipalities of the North Jutland free-municipality network. */
  'north-jutland-network': NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK,
  /** The nine municipalities of the interview-form trial, evaluation A (trials.md `fk2-formkrav-samtaler`). */
  'north-jutland-9': ['787', '810', '813', '820', '840', '846', '849', '851', '860'],
};

class Rng {
  private readonly g: ReturnType<typeof xoroshiro128plus>;
  constructor(seed: number) {
    this.g = xoroshiro128plus(seed);
  }
  /** Uniform in [0, 1). */
  float(): number {
    return (this.g.next() >>> 0) / 4294967296;
  }
  /** Geometric number of trials ≥ 1 with the given mean. */
  geometric(mean: number): number {
    if (mean <= 1) return 1;
    const p = 1 / mean;
    return 1 + Math.floor(Math.log(1 - this.float()) / Math.log(1 - p));
  }
  weighted(options: readonly (readonly [number, number])[]): number {
    let total = 0;
    for (const [, w] of options) total += w;
    let x = this.float() * total;
    for (const [v, w] of options) {
      x -= w;
      if (x < 0) return v;
    }
    return options[options.length - 1]![0];
  }
}

function monthStart(month: string): string {
  if (!/^\d{4}-\d{2}$/.test(month))
    throw new Error(`expected a month written YYYY-MM, got ${JSON.stringify(month)}`);
  return `${month}-01`;
}

function mondayOnOrBefore(date: string): string {
  return addDays(date, 1 - dayOfWeek(date));
}

/** The register weeks: Mondays of the ISO weeks from the week holding the 1st of `from` to the week holding the last day of `to`. */
export function registerWeeks(from: string, to: string): string[] {
  const first = mondayOnOrBefore(monthStart(from));
  const [y, m] = to.split('-').map(Number) as [number, number];
  const lastDay = addDays(
    m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`,
    -1,
  );
  const last = mondayOnOrBefore(lastDay);
  if (last < first) throw new Error('--to is before --from');
  const weeks: string[] = [];
  for (let d = toDayNumber(first); d <= toDayNumber(last); d += 7) weeks.push(fromDayNumber(d));
  return weeks;
}

export async function generateSyntheticRegister(options: SynthOptions): Promise<SynthSummary> {
  const weeks = registerWeeks(options.from, options.to);
  const W = weeks.length;
  const rng = new Rng(options.seed);
  // The categories draw from a stream of their own, so the rest of the register is the same
  // for a seed as before they existed.
  const catRng = new Rng(options.seed ^ 0x5ca7);
  // Likewise the interviews of the benefits other than a-dagpenge (INTERVIEW_PLAN).
  const ivRng = new Rng(options.seed ^ 0x1e7e);
  const plans = STATES.map((st) => (st.benefit ? INTERVIEW_PLAN[st.benefit] : undefined));
  const munis = MUNICIPALITIES.map((m) => m.code);
  const muniWeights = munis.map(
    (code, i) => [i, APPROXIMATE_POPULATION_THOUSANDS[code] ?? 10] as const,
  );
  const effect = options.effect;
  const treatedMuni = new Set(effect?.municipalities ?? []);
  const effectStart = effect ? weeks.findIndex((w) => addDays(w, 6) >= effect.start) : -1;
  const effectState = effect ? STATES.findIndex((s) => s.benefit === effect.benefit) : -1;

  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const tmp = join(options.out, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const episodesPath = join(tmp, 'episodes.csv');
  const interviewsPath = join(tmp, 'interviews.csv');
  const personsPath = join(tmp, 'persons.csv');
  const episodesOut = createWriteStream(episodesPath);
  const interviewsOut = createWriteStream(interviewsPath);
  const personsOut = createWriteStream(personsPath);
  // New cohorts: one birth-year cohort of the 51 aged 16–66 turns 16 each year (#15 item 4).
  const entrants = Math.round((options.persons * W) / 52.1775 / 51);
  const total = options.persons + entrants;
  const day0 = toDayNumber(weeks[0]!);

  // Per-person weekly arrays, reused.
  const state = new Uint8Array(W);
  const muni = new Uint8Array(W);
  const hours = new Uint8Array(W);
  const act = new Uint8Array(W);
  const partial = new Uint8Array(W);
  const cat = new Uint8Array(W);
  const spellStart = new Int32Array(W);

  const years = [...new Set(weeks.map((w) => Number(w.slice(0, 4))))];
  const yearFirstWeek = years.map((y) => weeks.findIndex((w) => w >= `${y}-01-01`));
  const labourForce = new Map<string, number>();
  /** Monday–Friday of every week, for interview dates. */
  const weekDays = weeks.flatMap((w) => [0, 1, 2, 3, 4].map((i) => addDays(w, i)));

  let episodes = 0;
  let treated = 0;
  let cfEmployed = 0;
  let actualEmployed = 0;
  let debt = 0;
  let buffer = '';
  let interviewBuffer = '';
  let personBuffer = '';
  let deaths = 0;
  let pensioned = 0;

  const flush = async (stream: WriteStream, text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };

  for (let p = 0; p < total; p++) {
    const personId = p + 1;
    const entrant = p >= options.persons;
    // The first simulated week: burn-in before the register for the initial population; an
    // entrant starts in the week of their 16th birthday.
    const entryT = entrant ? Math.floor(rng.float() * W) : 0;
    let s = entrant ? rng.weighted(ENTRANT_OPTIONS) : rng.weighted(INITIAL_OPTIONS);
    // Age at entry: førtidspension recipients are older (most are over 40).
    const age0 = entrant
      ? ENTRY_AGE + rng.float() / 52
      : s === S.foertidspension
        ? 35 + 30 * Math.sqrt(rng.float())
        : ENTRY_AGE + 49 * rng.float();
    const birth = fromDayNumber(
      entrant
        ? birthDayNumber(weeks[entryT]!, ENTRY_AGE) + Math.floor(rng.float() * 7)
        : birthDayNumber(weeks[0]!, age0),
    );
    const sex = rng.float() < 0.5 ? 'M' : 'K';
    const origin = ORIGINS[rng.weighted(ORIGIN_WEIGHTS)]!;
    const education = entrant ? 'grundskole' : EDUCATION_LEVELS[rng.weighted(EDUCATION_WEIGHTS)]!;
    personBuffer += `${personId},${birth},${sex},${origin},${education}\n`;
    // Leaves the register in the week of reaching folkepension age or of death.
    const pensionT = Math.floor((toDayNumber(dateAtAge(birth, pensionAge(birth))) - day0) / 7);
    const deathT =
      entryT +
      Math.floor(
        yearsToDeath(age0, rng.float(), s === S.foertidspension ? MORTALITY_FP : 1) * 52.1775,
      );
    const exitT = Math.min(W, pensionT, deathT);
    if (exitT < W && exitT > entryT) {
      if (exitT === pensionT) pensioned++;
      else deaths++;
    }
    let m = rng.weighted(muniWeights);
    let remaining = Math.max(1, Math.floor(sampleDuration(rng, s) * rng.float()));
    let start = entrant ? entryT : -1;
    let jobHours = drawJobHours(rng);
    let actLeft = 0;
    let actType = 0;
    let partialFrom = -1;
    let nextMove = rng.geometric(1 / MOVE_RATE);
    let c = 0;
    let cStart = Number.NaN;
    // The interview plan of the current spell: its state and start, the week the next
    // interview is planned for, and the week a planned one is held (late or not).
    let ivState = -1;
    let ivStart = Number.NaN;
    let ivDue = -1;
    let ivAt = Number.NaN;
    for (let t = entrant ? entryT : -BURN_IN_WEEKS; t < exitT; t++) {
      if (remaining <= 0) {
        const prev = s;
        s = nextState(rng, s, t - start);
        // Since 2013 førtidspension is not granted under 40 save exceptionally; a
        // ressourceforløb instead (lov om social pension § 16, stk. 3, as amended by
        // the 2012 reform of førtidspension and fleksjob, L 53 of 2012-13).
        if (s === S.foertidspension && age0 + (t - entryT) / 52.1775 < 40 && rng.float() < 0.9)
          s = S.ressourceforloeb;
        start = t;
        remaining = sampleDuration(rng, s);
        actLeft = 0;
        if (s === S.employed) jobHours = drawJobHours(rng);
        partialFrom =
          s === S.sygedagpenge && rng.float() < PARTIAL_SHARE
            ? t + Math.floor(rng.float() * 4)
            : -1;
        if (prev === s) start = t; // a fresh spell of the same state
      }
      if (s === S.employed && rng.float() < EMPLOYED_EXIT_TOTAL) {
        // Leave employment: the spell ends now, next week starts the new state.
        remaining = 0;
      }
      if (--nextMove <= 0) {
        m = rng.weighted(muniWeights);
        nextMove = rng.geometric(1 / MOVE_RATE);
      }
      // Sickness beyond week 22 without an extension → jobafklaring.
      if (
        s === S.sygedagpenge &&
        t - start === SICK_JAF_WEEK &&
        remaining > 0 &&
        rng.float() < JAF_SHARE
      ) {
        s = S.jobafklaring;
        start = t;
        remaining = sampleDuration(rng, s);
        actLeft = 0;
      }
      // visitationskategori: drawn at a spell's start, re-visited from week to week.
      if (AKT_AT_START[s]! < 0) c = 0;
      else if (start !== cStart || c === 0) {
        // A new spell (or a return to these benefits: the initial spell's start, −1, may recur).
        c = catRng.float() < AKT_AT_START[s]! ? 2 : 1;
        cStart = start;
      } else if (catRng.float() < (c === 1 ? TO_AKT : TO_READY)) c = 3 - c;
      const plan = plans[s];
      if (plan) {
        if (s !== ivState || start !== ivStart) {
          ivState = s;
          ivStart = start;
          ivDue = start + Math.floor(ivRng.float() * plan.first);
          ivAt = Number.NaN;
        }
        if (t === ivDue) {
          const u = ivRng.float();
          if (u < IV_MISSED) ivDue = t + (t - start < 26 ? plan.early : plan.later);
          else ivAt = u < IV_MISSED + IV_LATE ? t + 1 + Math.floor(ivRng.float() * 3) : t;
        }
        if (t === ivAt) {
          if (t >= 0)
            interviewBuffer += `${personId},${weekDays[t * 5 + Math.floor(ivRng.float() * 5)]}\n`;
          ivDue = t + (t - start < 26 ? plan.early : plan.later);
          ivAt = Number.NaN;
        }
      }
      if (t >= 0) {
        state[t] = s;
        cat[t] = c;
        muni[t] = m;
        spellStart[t] = start;
        let h = 0;
        if (s === S.employed) h = jobHours;
        else if (SIDE_HOURS[s]! > 0 && rng.float() < SIDE_HOURS[s]!)
          h = 3 + Math.floor(rng.float() * 13);
        hours[t] = h;
        if (actLeft > 0) {
          act[t] = actType;
          actLeft--;
        } else if (ACTIVATION_START[s]! > 0 && rng.float() < ACTIVATION_START[s]!) {
          actType = 1 + rng.weighted(ACTIVATION_TYPE_WEIGHTS);
          actLeft = rng.geometric(8) - 1;
          act[t] = actType;
        } else {
          act[t] = 0;
        }
        partial[t] = s === S.sygedagpenge ? (partialFrom >= 0 && t >= partialFrom ? 2 : 1) : 0;
        if (s === S['a-dagpenge'] && rng.float() < INTERVIEW_RATE) {
          const day = weekDays[t * 5 + Math.floor(rng.float() * 5)];
          interviewBuffer += `${personId},${day}\n`;
        }
      }
      remaining--;
    }

    // Planted effect: post-process treated spells (see docs/synthetic-register.md).
    if (effect) {
      for (let t = Math.max(effectStart, entryT + 1); t < exitT; t++) {
        if (state[t] !== effectState || state[t - 1] === effectState) continue;
        if (!treatedMuni.has(munis[muni[t]!]!)) continue;
        if (t + 52 > exitT) continue; // window must be observed
        treated++;
        let employed = false;
        for (let u = t + 1; u < t + 52; u++)
          if (hours[u]! > 0 && state[u] !== effectState) employed = true;
        if (employed) cfEmployed++;
        let changed = employed;
        if (effect.size < 0 && employed) {
          // Debt counter: remove employment from |size| of all treated spells.
          debt += Math.abs(effect.size) / Math.max(0.05, (cfEmployed + 1) / (treated + 1));
          if (debt >= 1) {
            debt -= 1;
            changed = false;
            for (let u = t + 1; u < t + 52; u++) {
              if (hours[u]! > 0 || state[u] === S.employed) {
                state[u] = effectState;
                cat[u] = AKT_AT_START[effectState]! < 0 ? 0 : cat[t] || 1;
                hours[u] = 0;
                spellStart[u] = t;
              }
            }
          }
        } else if (effect.size > 0 && !employed) {
          debt += effect.size / Math.max(0.05, 1 - (cfEmployed + 1) / (treated + 1));
          if (debt >= 1) {
            debt -= 1;
            changed = true;
            for (let u = t + 13; u < t + 52; u++) {
              state[u] = S.employed;
              cat[u] = 0;
              hours[u] = 37;
              act[u] = 0;
              partial[u] = 0;
            }
          }
        }
        if (changed) actualEmployed++;
      }
    }

    for (let y = 0; y < years.length; y++) {
      const t = yearFirstWeek[y]!;
      if (t < entryT || t >= exitT || state[t] === S.foertidspension) continue;
      const key = `${years[y]},${munis[muni[t]!]}`;
      labourForce.set(key, (labourForce.get(key) ?? 0) + 1);
    }

    // Run-length encode: one line per run of identical weeks.
    let runStart = entryT;
    for (let t = entryT + 1; t <= exitT && entryT < exitT; t++) {
      if (
        t < exitT &&
        state[t] === state[runStart] &&
        muni[t] === muni[runStart] &&
        hours[t] === hours[runStart] &&
        act[t] === act[runStart] &&
        partial[t] === partial[runStart] &&
        cat[t] === cat[runStart]
      ) {
        continue;
      }
      buffer += `${personId},${runStart},${t - 1},${muni[runStart]},${state[runStart]},${hours[runStart]},${act[runStart]},${partial[runStart]},${cat[runStart]}\n`;
      episodes++;
      runStart = t;
    }
    if (buffer.length > 1 << 20) {
      await flush(episodesOut, buffer);
      buffer = '';
    }
    if (interviewBuffer.length > 1 << 20) {
      await flush(interviewsOut, interviewBuffer);
      interviewBuffer = '';
    }
    if (personBuffer.length > 1 << 20) {
      await flush(personsOut, personBuffer);
      personBuffer = '';
    }
    if ((p + 1) % 10_000 === 0 || p + 1 === total) options.onProgress?.(p + 1, total);
  }
  await flush(episodesOut, buffer);
  await flush(interviewsOut, interviewBuffer);
  await flush(personsOut, personBuffer);
  episodesOut.end();
  interviewsOut.end();
  personsOut.end();
  await Promise.all([
    once(episodesOut, 'finish'),
    once(interviewsOut, 'finish'),
    once(personsOut, 'finish'),
  ]);

  const rows = await writeParquet({
    out: options.out,
    tmp,
    weeks,
    munis,
    episodesPath,
    interviewsPath,
    personsPath,
    labourForce,
    threads: options.threads,
  });
  if (!process.env.JOBCENTER_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });

  const realised: EffectRealised | undefined = effect
    ? {
        spec: effect,
        treatedSpells: treated,
        counterfactualShare: treated ? cfEmployed / treated : 0,
        actualShare: treated ? actualEmployed / treated : 0,
        realisedPp: treated ? (100 * (actualEmployed - cfEmployed)) / treated : 0,
      }
    : undefined;
  writeManifest(options.out, {
    format: REGISTER_FORMAT,
    version: REGISTER_FORMAT_VERSION,
    firstWeek: weeks[0]!,
    lastWeek: weeks[W - 1]!,
    // The population asked for; the entrants (new cohorts) are in synth.entrants.
    persons: options.persons,
    rows,
    source: 'synthetic',
    synth: {
      entrants,
      pensioned,
      deaths,
      seed: options.seed,
      from: options.from,
      to: options.to,
      effect: realised ?? null,
    },
    createdAt: new Date().toISOString(),
  });
  return {
    persons: options.persons,
    entrants,
    pensioned,
    deaths,
    weeks: W,
    rows,
    episodes,
    firstWeek: weeks[0]!,
    lastWeek: weeks[W - 1]!,
    effect: realised,
  };
}

/** Allocation-free option lists for Rng.weighted (the simulation loop runs ~10^9 times at 1M persons). */
const INITIAL_OPTIONS = INITIAL_SHARE.map((w, i) => [i, w] as const);
/** The state of a 16-year-old entering the register (an assumption: mostly in school). */
const ENTRANT_OPTIONS: readonly (readonly [number, number])[] = [
  [S.education, 0.6],
  [S.employed, 0.25],
  [S['unemployed-no-benefit'], 0.05],
  [S.uddannelseshjaelp, 0.1],
];
/** Offer type (index into ACTIVATION_TYPES) and weight. */
const ACTIVATION_TYPE_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 0.25],
  [1, 0.35],
  [2, 0.1],
  [3, 0.3],
];
const DURATION_OPTIONS = DURATION.map((d) => d.mix.map(([w, mean]) => [mean, w] as const));

function sampleDuration(rng: Rng, s: number): number {
  const d = DURATION[s]!;
  const mean = rng.weighted(DURATION_OPTIONS[s]!);
  const x = rng.geometric(mean);
  return d.max ? Math.min(x, d.max) : x;
}

function nextState(rng: Rng, s: number, elapsed: number): number {
  if (s === S.employed) return rng.weighted(EMPLOYED_EXIT);
  // Dagpenge exhausted after two years: kontanthjælp or no benefit.
  if (s === S['a-dagpenge'] && elapsed >= 104) {
    return rng.float() < 0.4 ? S.kontanthjaelp : S['unemployed-no-benefit'];
  }
  const exits = EXIT[s]!;
  if (exits.length === 0) return s;
  return rng.weighted(exits);
}

function drawJobHours(rng: Rng): number {
  return rng.float() < 0.8 ? 37 : 10 + Math.floor(rng.float() * 21);
}

async function writeParquet(args: {
  out: string;
  tmp: string;
  weeks: string[];
  munis: string[];
  episodesPath: string;
  interviewsPath: string;
  personsPath: string;
  labourForce: Map<string, number>;
  threads?: number;
}): Promise<number> {
  // DuckDB takes 80 % of the machine's memory by default; capped, it spills to the temp
  // directory instead, so generating the national register stays under 8 GB.
  const db = await DuckDb.open({
    threads: args.threads,
    tempDirectory: join(args.tmp, 'duckdb'),
    memoryLimit: '5GB',
  });
  try {
    const values = (rows: string[]) => rows.join(', ');
    await db.run(
      `CREATE TEMP TABLE w AS SELECT * FROM (VALUES ${values(
        args.weeks.map(
          (w, i) => `(${i}, DATE ${sqlString(w)}, ${Number(addDays(w, 3).slice(0, 4))})`,
        ),
      )}) t(i, week, year)`,
    );
    await db.run(
      `CREATE TEMP TABLE mu AS SELECT * FROM (VALUES ${values(args.munis.map((m, i) => `(${i}, ${sqlString(m)})`))}) t(i, code)`,
    );
    await db.run(
      `CREATE TEMP TABLE st AS SELECT * FROM (VALUES ${values(
        STATES.map(
          (s, i) =>
            `(${i}, ${s.benefit ? sqlString(s.benefit) : 'NULL'}, ${s.id === 'education' || s.id === 'revalidering' ? 'TRUE' : 'FALSE'})`,
        ),
      )}) t(i, benefit, education)`,
    );
    await db.run(
      `CREATE TEMP TABLE ac AS SELECT * FROM (VALUES ${values(ACTIVATION_TYPES.map((a, i) => `(${i + 1}, ${sqlString(a)})`))}) t(i, code)`,
    );
    const episodes = `read_csv(${sqlString(args.episodesPath)}, header = false, columns = {'person_id': 'BIGINT', 's': 'INTEGER', 'e': 'INTEGER', 'mu': 'UTINYINT', 'st': 'UTINYINT', 'hours': 'UTINYINT', 'act': 'UTINYINT', 'partial': 'UTINYINT', 'cat': 'UTINYINT'})`;
    await db.run(`CREATE TEMP TABLE ep AS SELECT * FROM ${episodes}`);
    // One file per ISO year: faster than DuckDB's PARTITION_BY writer and the same layout.
    const isoYears = [...new Set(args.weeks.map((w) => Number(addDays(w, 3).slice(0, 4))))];
    for (const year of isoYears) {
      const idx = args.weeks
        .map((w, i) => [Number(addDays(w, 3).slice(0, 4)), i] as const)
        .filter(([y]) => y === year)
        .map(([, i]) => i);
      const i0 = Math.min(...idx);
      const i1 = Math.max(...idx);
      const dir = join(args.out, 'weeks', `year=${year}`);
      mkdirSync(dir, { recursive: true });
      await db.run(`COPY (
  SELECT x.person_id, w.week, mu.code AS municipality, st.benefit, CAST(x.hours AS DOUBLE) AS hours,
    ac.code AS activation, st.education,
    CASE x.partial WHEN 0 THEN NULL WHEN 1 THEN FALSE ELSE TRUE END AS partial_sick,
    ${CATEGORY_SQL} AS category
  FROM (SELECT person_id, mu, st, hours, act, partial, cat, unnest(range(greatest(s, ${i0}), least(e, ${i1}) + 1)) AS i
        FROM ep WHERE e >= ${i0} AND s <= ${i1}) x
  JOIN w ON w.i = x.i
  JOIN mu ON mu.i = x.mu
  JOIN st ON st.i = x.st
  LEFT JOIN ac ON ac.i = x.act
) TO ${sqlString(join(dir, 'data.parquet'))} (FORMAT parquet, COMPRESSION zstd)`);
    }
    await db.run('DROP TABLE ep');
    await db.run(`COPY (
  SELECT person_id, date, 'jobsamtale' AS kind
  FROM read_csv(${sqlString(args.interviewsPath)}, header = false, columns = {'person_id': 'BIGINT', 'date': 'DATE'})
) TO ${sqlString(join(args.out, 'interviews.parquet'))} (FORMAT parquet)`);
    await db.run(`COPY (
  SELECT * FROM read_csv(${sqlString(args.personsPath)}, header = false, columns = {'person_id': 'BIGINT', 'birth_date': 'DATE', 'sex': 'VARCHAR', 'origin': 'VARCHAR', 'education': 'VARCHAR'})
  ORDER BY person_id
) TO ${sqlString(join(args.out, 'persons.parquet'))} (FORMAT parquet)`);
    const lf = [...args.labourForce].map(([key, n]) => {
      const [year, municipality] = key.split(',');
      return `(${Number(year)}, ${sqlString(municipality!)}, ${n})`;
    });
    await db.run(
      `COPY (SELECT * FROM (VALUES ${values(lf)}) t(year, municipality, persons) ORDER BY year, municipality) TO ${sqlString(join(args.out, 'labour_force.parquet'))} (FORMAT parquet)`,
    );
    // A provisional manifest so the directory can be attached; the final one follows.
    writeManifest(args.out, {
      format: REGISTER_FORMAT,
      version: REGISTER_FORMAT_VERSION,
      firstWeek: args.weeks[0]!,
      lastWeek: args.weeks.at(-1)!,
      persons: 0,
      rows: 0,
      source: 'synthetic',
      createdAt: new Date().toISOString(),
    });
    await storeSpells(db, args.out);
    const [count] = await db.all(
      `SELECT COUNT(*) AS n FROM read_parquet(${sqlString(weeksGlob(args.out))})`,
    );
    return Number(count?.n ?? 0);
  } finally {
    db.close();
  }
}
