/**
 * Demo data: one synthetic municipality with about 2,000 citizens spread
 * over all LAB § 6 target groups, with plausible case histories (spells,
 * interviews of different forms, plans, offers, certificates, rehabilitation
 * team meetings), teams, caseworkers and a login user for every role; plus a
 * small neighbouring municipality so that access control has something to
 * keep out. Deterministic given the seed and the reference date.
 */
import { type Kysely, sql } from 'kysely';
import { addDays, compareDates, daysBetween, type IsoDate } from '../calendar/index.ts';
import type { TargetGroupCode } from '../reference/target-groups.ts';
import type { EventType, InterviewForm } from '../rules/case-format.ts';
import type { CertificateCode, OfferKind, PlanType } from '../rules/vocabulary.ts';
import { appendAudit } from './audit.ts';
import { syntheticCpr } from './demo-cpr.ts';
import { GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, SURNAMES } from './demo-names.ts';
import { hashPassword } from './passwords.ts';
import { SeededRandom } from './random.ts';
import type { Database, Role } from './schema.ts';
import {
  addSpell,
  appendEvents,
  createCitizen,
  createTeam,
  createUser,
  type NewEvent,
  pseudonymKey,
  StoreError,
  seedMunicipalities,
} from './store.ts';

export interface DemoOptions {
  seed: number;
  /** Citizens in the main demo municipality. */
  citizens: number;
  /** The date the histories run up to ("today" of the demo). */
  asOf: IsoDate;
  municipalityCode: string;
  neighbourCode: string;
  neighbourCitizens: number;
  /** Password of every demo login (demo only; documented in the README). */
  password: string;
  /** Caseworkers per team in the main municipality (default 3); a bigger demo wants more. */
  caseworkersPerTeam?: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEMO_DEFAULTS = {
  seed: 2026,
  citizens: 2000,
  municipalityCode: '860',
  neighbourCode: '813',
  neighbourCitizens: 40,
  password: 'demo',
} as const;

/** The demo municipality's employers: fictional, with CVR numbers that validate. */
export const DEMO_EMPLOYERS: readonly { name: string; cvr: string; headcount: number }[] = [
  { name: 'Aarhus Byggeservice ApS', cvr: '31415926', headcount: 24 },
  { name: 'Østjysk Lager og Logistik A/S', cvr: '16180335', headcount: 120 },
  { name: 'Café Møllen I/S', cvr: '41421355', headcount: 6 },
  { name: 'Plejecenter Solsikken (kommunal)', cvr: '17320505', headcount: 85 },
  { name: 'Grønne Hænder Anlægsgartneri ApS', cvr: '22360671', headcount: 9 },
  { name: 'Tekniq Elinstallation ApS', cvr: '26457513', headcount: 3 },
  { name: 'Supermarked Nord K/S', cvr: '33166249', headcount: 40 },
];

export interface DemoSummary {
  municipalityCode: string;
  citizens: number;
  spells: number;
  events: number;
  users: { username: string; role: Role; team: string | null; municipalityCode: string }[];
}

interface GroupProfile {
  targetGroup: TargetGroupCode;
  benefit: string;
  /** Relative share of the caseload. */
  weight: number;
  age: [number, number];
  /** How long ago the current spell started, in days. */
  spellAgeDays: [number, number];
  team: string;
  /** Days between interviews. */
  interviewGap: [number, number];
  interviewType: EventType;
  offerChance: number;
}

/**
 * Caseload shares loosely follow jobindsats stock figures for a mid-sized
 * municipality: dagpenge and sygedagpenge largest, small groups present.
 */
const PROFILES: GroupProfile[] = [
  p('6.1', 'a-dagpenge', 22, [22, 64], [7, 400], 'Jobklar', [21, 42], 'job-interview', 0.3),
  p('6.2', 'kontanthjaelp', 9, [30, 64], [7, 500], 'Jobklar', [21, 42], 'job-interview', 0.35),
  p(
    '6.3',
    'kontanthjaelp',
    14,
    [30, 64],
    [30, 900],
    'Aktivitetsparat',
    [42, 90],
    'job-interview',
    0.5,
  ),
  p('6.4', 'uddannelseshjaelp', 6, [18, 29], [7, 300], 'Unge', [21, 42], 'job-interview', 0.4),
  p('6.5', 'uddannelseshjaelp', 5, [18, 29], [30, 700], 'Unge', [42, 70], 'job-interview', 0.5),
  p(
    '6.6',
    'sygedagpenge',
    18,
    [20, 66],
    [7, 150],
    'Sygedagpenge',
    [28, 56],
    'follow-up-interview',
    0.15,
  ),
  p(
    '6.7',
    'jobafklaring',
    4,
    [25, 64],
    [7, 400],
    'Sygedagpenge',
    [28, 60],
    'follow-up-interview',
    0.4,
  ),
  p(
    '6.8',
    'ressourceforloeb',
    6,
    [25, 64],
    [60, 1200],
    'Ressource og fleksjob',
    [42, 90],
    'follow-up-interview',
    0.6,
  ),
  p(
    '6.9',
    'ledighedsydelse',
    6,
    [30, 66],
    [14, 900],
    'Ressource og fleksjob',
    [60, 90],
    'job-interview',
    0.4,
  ),
  p(
    '6.10',
    'revalidering',
    3,
    [22, 55],
    [60, 900],
    'Ressource og fleksjob',
    [60, 120],
    'follow-up-interview',
    0.8,
  ),
  p(
    '6.11',
    'foertidspension',
    2,
    [40, 66],
    [60, 1000],
    'Ressource og fleksjob',
    [150, 365],
    'follow-up-interview',
    1,
  ),
  p('6.12', 'selvforsoergende', 5, [25, 64], [7, 200], 'Jobklar', [28, 56], 'job-interview', 0.1),
];

function p(
  targetGroup: TargetGroupCode,
  benefit: string,
  weight: number,
  age: [number, number],
  spellAgeDays: [number, number],
  team: string,
  interviewGap: [number, number],
  interviewType: EventType,
  offerChance: number,
): GroupProfile {
  return {
    targetGroup,
    benefit,
    weight,
    age,
    spellAgeDays,
    team,
    interviewGap,
    interviewType,
    offerChance,
  };
}

/** In-force days of the laws after 2021 that shape the demo histories (src/rules/statutes/laws.ts). */
const FORM_CHOICE_FROM = '2023-03-22';
const L129_FROM = '2024-01-01';
const ABOLISHED_FROM = '2026-07-01';

const TEAMS = ['Jobklar', 'Aktivitetsparat', 'Unge', 'Sygedagpenge', 'Ressource og fleksjob'];
const CASEWORKERS_PER_TEAM = 3;

const FORMS: [InterviewForm, number][] = [
  ['in-person', 60],
  ['phone', 22],
  ['video', 15],
  ['via-other', 3],
];
const CONTENT_ITEMS = [
  'job-search-follow-up',
  'cv-check',
  'offer-need',
  'next-contact-agreed',
  'health-situation',
  'education-goal',
];
/** How often each offer kind (src/rules/vocabulary.ts) is given in the demo. */
const OFFER_WEIGHTS: [OfferKind, number][] = [
  ['virksomhedspraktik', 35],
  ['loentilskud', 20],
  ['vejledning-og-opkvalificering', 25],
  ['mentor', 10],
  ['nytteindsats', 5],
  ['psykologbehandling', 5],
];
const EMPLOYERS = [
  'Hjørring Maskinfabrik A/S',
  'Vendsyssel Byg ApS',
  'Nordjysk Transport',
  'Plejecenter Løkkegården',
  'SuperBrugsen Hirtshals',
  'Hjørring Kommune, Teknik og Miljø',
  'Tornby Tømrer og Snedker',
  'Vendsyssel Sygehus',
];

export async function generateDemo(
  db: Kysely<Database>,
  options: DemoOptions,
): Promise<DemoSummary> {
  const existing = await db
    .selectFrom('citizens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    throw new StoreError(
      'the database already holds citizens; run `jobcenter demo --reset` to replace them',
    );
  }
  const rnd = new SeededRandom(options.seed);
  await seedMunicipalities(db);
  const key = await pseudonymKey(db);
  const usedCprs = new Set<string>();
  const users: DemoSummary['users'] = [];
  const addUser = async (
    municipalityCode: string,
    username: string,
    displayName: string,
    role: Role,
    team: { id: number; name: string } | null,
  ) => {
    const id = await createUser(db, {
      municipalityCode,
      username,
      displayName,
      role,
      teamId: team?.id ?? null,
      passwordHash: await hashPassword(options.password),
    });
    users.push({ username, role, team: team?.name ?? null, municipalityCode });
    return id;
  };

  const teams = new Map<
    string,
    { id: number; name: string; caseworkers: { id: number; username: string }[] }
  >();
  for (const name of TEAMS) {
    const id = await createTeam(db, { municipalityCode: options.municipalityCode, name });
    teams.set(name, { id, name, caseworkers: [] });
  }
  // The named role logins come first so the README can list them.
  const jobklar = teams.get('Jobklar')!;
  const mainCaseworker = await addUser(
    options.municipalityCode,
    'sagsbehandler',
    'Sanne Sagsbehandler',
    'caseworker',
    jobklar,
  );
  jobklar.caseworkers.push({ id: mainCaseworker, username: 'sagsbehandler' });
  await addUser(options.municipalityCode, 'teamleder', 'Tove Teamleder', 'team-leader', jobklar);
  await addUser(options.municipalityCode, 'analytiker', 'Anders Analytiker', 'analyst', null);
  await addUser(
    options.municipalityCode,
    'administrator',
    'Ane Administrator',
    'administrator',
    null,
  );
  let n = 1;
  for (const team of teams.values()) {
    if (team.name !== 'Jobklar') {
      await addUser(
        options.municipalityCode,
        `teamleder-${slug(team.name)}`,
        `Teamleder ${team.name}`,
        'team-leader',
        team,
      );
    }
    while (team.caseworkers.length < (options.caseworkersPerTeam ?? CASEWORKERS_PER_TEAM)) {
      const username = `sb${String(n).padStart(2, '0')}`;
      const id = await addUser(
        options.municipalityCode,
        username,
        personName(rnd, rnd.chance(0.7) ? 'female' : 'male'),
        'caseworker',
        team,
      );
      team.caseworkers.push({ id, username });
      n += 1;
    }
  }

  const neighbourTeamId = await createTeam(db, {
    municipalityCode: options.neighbourCode,
    name: 'Jobcenter',
  });
  const neighbourTeam = {
    id: neighbourTeamId,
    name: 'Jobcenter',
    caseworkers: [] as { id: number; username: string }[],
  };
  const neighbourCw = await addUser(
    options.neighbourCode,
    `sagsbehandler-${options.neighbourCode}`,
    'Nabo Sagsbehandler',
    'caseworker',
    neighbourTeam,
  );
  neighbourTeam.caseworkers.push({
    id: neighbourCw,
    username: `sagsbehandler-${options.neighbourCode}`,
  });

  const total = options.citizens + options.neighbourCitizens;
  let spells = 0;
  let events = 0;
  let done = 0;
  const batch: NewEvent[] = [];
  const flush = async () => {
    await appendEvents(db, batch.splice(0, batch.length));
  };
  const weights = PROFILES.map((g) => [g, g.weight] as const);
  // Every group gets at least a handful of citizens before the weighted draw takes over.
  const forced = PROFILES.flatMap((g) => Array.from({ length: 5 }, () => g));
  for (let i = 0; i < total; i += 1) {
    const inNeighbour = i >= options.citizens;
    const profile = !inNeighbour && i < forced.length ? forced[i]! : rnd.weighted(weights);
    const team = inNeighbour ? neighbourTeam : teams.get(profile.team)!;
    const caseworker = rnd.pick(team.caseworkers);
    const sex = rnd.chance(0.5) ? 'female' : 'male';
    const age = rnd.int(profile.age[0], profile.age[1]);
    const birthDate = addDays(options.asOf, -(age * 365 + rnd.int(0, 364)));
    let cpr = syntheticCpr(birthDate, sex, rnd);
    while (usedCprs.has(cpr)) cpr = syntheticCpr(birthDate, sex, rnd);
    usedCprs.add(cpr);
    const citizenId = await createCitizen(
      db,
      {
        municipalityCode: inNeighbour ? options.neighbourCode : options.municipalityCode,
        cpr,
        name: personName(rnd, sex),
        teamId: team.id,
        caseworkerId: caseworker.id,
      },
      key,
    );
    const history = buildHistory(rnd, profile, options.asOf, caseworker.username);
    let previousSpellId: number | null = null;
    for (const spell of history.spells) {
      previousSpellId = await addSpell(db, {
        citizenId,
        benefit: spell.benefit,
        targetGroup: spell.targetGroup,
        start: spell.start,
        end: spell.end ?? null,
        subGroups: spell.subGroups ?? [],
        flags: spell.flags ?? [],
        transferredFromId: spell.transferred ? previousSpellId : null,
        createdBy: caseworker.id,
      });
      spells += 1;
    }
    for (const e of history.events) batch.push({ ...e, citizenId, recordedBy: caseworker.id });
    events += history.events.length;
    if (batch.length >= 2000) await flush();
    done += 1;
    if (done % 100 === 0 || done === total) options.onProgress?.(done, total);
  }
  await flush();
  // Employers for virksomhedspraktik and løntilskud, so an offer can be saved
  // from the citizen page (fictional names; CVR numbers pass the modulus-11 check).
  await db
    .insertInto('employers')
    .values(
      DEMO_EMPLOYERS.map((e) => ({
        municipality_code: options.municipalityCode,
        name: e.name,
        cvr: e.cvr,
        ordinary_headcount: e.headcount,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await appendAudit(db, {
    userId: null,
    action: 'demo.generate',
    detail: { seed: options.seed, asOf: options.asOf, citizens: total },
    reason: 'demo data generated',
  });
  return { municipalityCode: options.municipalityCode, citizens: total, spells, events, users };
}

/** Removes all case data, users and teams (not the reference tables). */
export async function resetCaseData(db: Kysely<Database>): Promise<void> {
  await sql`truncate table audit_log, trial_exemption_uses, review_cases, reviews, rehab_meeting_cases, rehab_meetings, placements, employers, sessions, login_throttle, case_events, benefit_spells, trial_exemptions, citizens, users, teams restart identity cascade`.execute(
    db,
  );
}

interface DemoSpell {
  benefit: string;
  targetGroup: TargetGroupCode;
  start: IsoDate;
  end?: IsoDate;
  subGroups?: string[];
  flags?: string[];
  transferred?: boolean;
}

interface DemoHistory {
  spells: DemoSpell[];
  events: Omit<NewEvent, 'citizenId'>[];
}

function buildHistory(
  rnd: SeededRandom,
  g: GroupProfile,
  asOf: IsoDate,
  caseworker: string,
): DemoHistory {
  const spells: DemoSpell[] = [];
  const events: DemoHistory['events'] = [];
  let start = addDays(asOf, -rnd.int(g.spellAgeDays[0], g.spellAgeDays[1]));
  // Ressourceforløb and revalidering are abolished for new citizens from 1 July 2026 (lov nr.
  // 1750 af 29/12/2025): the demo's running courses began before.
  if (
    (g.targetGroup === '6.8' || g.targetGroup === '6.10') &&
    compareDates(start, ABOLISHED_FROM) >= 0
  )
    start = addDays(ABOLISHED_FROM, -rnd.int(1, 180));
  // Dagpenge spells from 2024: the a-kasse holds the first 3 months (LAB § 31, stk. 1, lov nr. 727/2023).
  const l129 = g.targetGroup === '6.1' && compareDates(start, L129_FROM) >= 0;
  const akasseUntil = addDays(start, 91);
  // From 22 March 2023 the first interview is in person, the person chooses the form after it (LAB § 33, stk. 1).
  const formChoice = compareDates(start, FORM_CHOICE_FROM) >= 0;
  const ev = (type: EventType, date: IsoDate, payload: NewEvent['payload'] = {}) => {
    if (compareDates(date, asOf) <= 0) events.push({ type, date, payload });
  };

  // An earlier, ended spell for some citizens: history before the current course.
  if (g.targetGroup !== '6.7' && rnd.chance(0.15)) {
    const prevEnd = addDays(start, -rnd.int(40, 400));
    spells.push({
      benefit: 'a-dagpenge',
      targetGroup: '6.1',
      start: addDays(prevEnd, -rnd.int(30, 300)),
      end: prevEnd,
    });
  }
  // Jobafklaring follows sygedagpenge after 22 weeks (sygedagpengeloven; rules.md `sdp-jaf-transition`).
  if (g.targetGroup === '6.7') {
    const sickStart = addDays(start, -22 * 7);
    spells.push({
      benefit: 'sygedagpenge',
      targetGroup: '6.6',
      start: sickStart,
      end: addDays(start, -1),
      // 22 weeks of sick leave: recorded as expected to last over 8 weeks (category 2).
      flags: ['expected-over-8-weeks'],
    });
    ev('follow-up-interview', addDays(sickStart, rnd.int(20, 50)), interview(rnd, caseworker));
  }
  const current: DemoSpell = {
    benefit: g.benefit,
    targetGroup: g.targetGroup,
    start,
    ...(g.targetGroup === '6.7' ? { transferred: true } : {}),
    ...(g.targetGroup === '6.1' && rnd.chance(0.05) ? { subGroups: ['seasonal-worker'] } : {}),
  };
  // Some spells have ended by the reference date (the person got a job or moved on).
  if (rnd.chance(0.08)) {
    const length = daysBetween(start, asOf);
    if (length > 30) current.end = addDays(start, rnd.int(20, length - 5));
  }
  // Sick leave that has lasted (or lasts) over 8 weeks is recorded as category 2
  // (sygedagpengeloven § 12; the follow-ups of § 13 b and the LÆ285 read the flag).
  // Decided without the random stream, so the rest of the demo stays as it was.
  if (g.targetGroup === '6.6' && daysBetween(start, current.end ?? asOf) > 8 * 7)
    current.flags = ['expected-over-8-weeks'];
  spells.push(current);
  const last = current.end ?? asOf;

  // Interviews from spell start: the first within 1–3 weeks, then at the group's usual gap.
  // About one in ten gaps is stretched so that some cases fall behind, as real ones do.
  // The a-kasse's first interview falls within 2 weeks of registration (LAB § 31, stk. 4, from 2024).
  let date = addDays(start, l129 ? rnd.int(3, 14) : rnd.int(5, 21));
  let k = 0;
  while (compareDates(date, last) <= 0) {
    const type: EventType =
      g.targetGroup === '6.1' && !l129 && (k === 0 || k === 4) && rnd.chance(0.8)
        ? 'joint-meeting'
        : g.targetGroup === '6.9' && k === 0
          ? 'cv-interview'
          : g.interviewType;
    const payload = interview(rnd, caseworker) ?? {};
    if (formChoice && k === 0) payload.form = 'in-person';
    if (l129 && compareDates(date, akasseUntil) < 0)
      payload.details = { ...payload.details, holder: 'a-kasse' };
    ev(type, date, payload);
    if (k === 0) {
      ev('plan', date, {
        details: { planType: planTypeFor(g.targetGroup), horizonMonths: rnd.pick([3, 6, 6, 12]) },
        conductedBy: caseworker,
      });
    }
    const stretch = rnd.chance(0.1) ? rnd.int(20, 60) : 0;
    date = addDays(date, rnd.int(g.interviewGap[0], g.interviewGap[1]) + stretch);
    k += 1;
  }

  // The joint interview with the a-kasse by 16 months (LAB § 32, stk. 2, from 2024).
  if (g.targetGroup === '6.1' && compareDates(addDays(start, 480), last) <= 0 && rnd.chance(0.85)) {
    ev('joint-meeting', addDays(start, rnd.int(430, 480)), interview(rnd, caseworker));
  }
  // From 1 July 2026 the municipality may exempt up to 25 % of dagpenge and job-ready kontanthjælp
  // recipients from the first 6 months' interviews (lov nr. 1750/2025): a recorded decision.
  if (
    (g.targetGroup === '6.1' || g.targetGroup === '6.2') &&
    compareDates(addDays(start, 182), ABOLISHED_FROM) >= 0 &&
    rnd.chance(0.15)
  ) {
    ev('decision', addDays(start, rnd.int(1, 10)), {
      details: {
        decision: 'contact-course-exemption',
        reason: 'Vurderes selv at kunne komme i job (LAB § 31, lov nr. 1750 af 29/12/2025).',
      },
      conductedBy: caseworker,
    });
  }

  if (rnd.chance(g.offerChance)) {
    const offerStart = addDays(start, rnd.int(20, Math.max(21, daysBetween(start, last))));
    const kind = g.targetGroup === '6.11' ? 'loentilskud' : rnd.weighted(OFFER_WEIGHTS);
    const weeks = rnd.int(4, 26);
    ev('offer', offerStart, {
      details: {
        offerType: kind,
        start: offerStart,
        end: addDays(offerStart, weeks * 7 - 1),
        ...(kind === 'virksomhedspraktik' || kind === 'loentilskud'
          ? { employer: rnd.pick(EMPLOYERS) }
          : {}),
        hoursPerWeek: rnd.pick([10, 15, 20, 25, 30, 37]),
      },
    });
  }

  // Sygedagpenge: LÆ285 before the first follow-up when absence is expected over 8 weeks (pre-2020 rule;
  // from 2020 only as needed), delivered within weeks.
  if (g.targetGroup === '6.6' && rnd.chance(0.4)) {
    certificate(rnd, ev, 'LÆ285', addDays(start, rnd.int(3, 14)), 1120);
  }
  // Jobafklaring, ressourceforløb and revalidering cases go to the rehabilitation team with an LÆ265.
  if (
    (g.targetGroup === '6.7' || g.targetGroup === '6.8' || g.targetGroup === '6.10') &&
    // The rehabilitation team is abolished from 1 July 2026 (lov nr. 1750/2025): no meeting for later courses.
    compareDates(start, ABOLISHED_FROM) < 0 &&
    rnd.chance(0.85)
  ) {
    const requested = addDays(
      start,
      g.targetGroup === '6.7' ? rnd.int(-10, 10) : rnd.int(-90, -20),
    );
    const received = certificate(rnd, ev, 'LÆ265', requested, 1742);
    ev('rehab-team-meeting', addDays(received, rnd.int(5, 25)), {
      details: {
        recommendation:
          g.targetGroup === '6.8'
            ? 'ressourceforloeb'
            : g.targetGroup === '6.10'
              ? 'revalidering'
              : 'jafplan',
        decision: 'following-recommendation',
      },
    });
  }
  if (g.targetGroup === '6.9') {
    ev('visitation', addDays(start, -rnd.int(0, 14)), { details: { to: 'fleksjob' } });
  }
  if ((g.targetGroup === '6.4' || g.targetGroup === '6.5') && rnd.chance(0.5)) {
    ev('education-injunction', addDays(start, rnd.int(7, 60)), { details: { step: 1 } });
  }
  if (rnd.chance(0.3)) {
    ev('journal-note', addDays(start, rnd.int(1, Math.max(2, daysBetween(start, last)))), {
      details: { text: 'Borgeren orienteret om rettigheder og pligter.' },
    });
  }
  events.sort((a, b) => compareDates(a.date, b.date));
  return { spells, events };
}

function interview(rnd: SeededRandom, caseworker: string): NewEvent['payload'] {
  const count = rnd.int(2, 4);
  const items = new Set<string>();
  while (items.size < count) items.add(rnd.pick(CONTENT_ITEMS));
  return {
    form: rnd.weighted(FORMS),
    conductedBy: caseworker,
    contentItems: [...items].sort(),
    resetsClock: true,
  };
}

function certificate(
  rnd: SeededRandom,
  ev: (type: EventType, date: IsoDate, payload?: NewEvent['payload']) => void,
  code: CertificateCode,
  requested: IsoDate,
  priceDkk: number,
): IsoDate {
  const received = addDays(requested, rnd.int(7, 45));
  ev('certificate-requested', requested, { details: { certificate: code, priceDkk } });
  ev('certificate-received', received, {
    details: { certificate: code, priceDkk, requestedOn: requested },
  });
  return received;
}

function planTypeFor(g: TargetGroupCode): PlanType {
  if (g === '6.8') return 'indsatsplan';
  if (g === '6.7' || g === '6.10') return 'rehabiliteringsplan';
  return 'min-plan';
}

function personName(rnd: SeededRandom, sex: 'male' | 'female'): string {
  const given = rnd.pick(sex === 'female' ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
  return `${given} ${rnd.pick(SURNAMES)}`;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ø/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-');
}
