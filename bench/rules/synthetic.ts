/** Deterministic synthetic cases for the benchmark: ~30 events per case, mixed target groups. */
import type { CaseEvent, CaseFile } from '../../src/rules/case-format.ts';

/** mulberry32: a small seeded PRNG so every run evaluates the same cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = [
  ['6.1', 'a-dagpenge'],
  ['6.1', 'a-dagpenge'],
  ['6.2', 'kontanthjaelp'],
  ['6.3', 'kontanthjaelp'],
  ['6.5', 'uddannelseshjaelp'],
  ['6.6', 'sygedagpenge'],
  ['6.8', 'ressourceforloeb'],
  ['6.9', 'ledighedsydelse'],
  ['6.10', 'revalidering'],
] as const;
const TYPES = [
  'job-interview',
  'job-interview',
  'job-interview',
  'joint-meeting',
  'follow-up-interview',
  'offer',
  'plan',
  'journal-note',
  'certificate-received',
  'rehab-team-meeting',
  'assessment',
] as const;
const FORMS = ['in-person', 'in-person', 'in-person', 'phone', 'video'] as const;
const BASE_DAY = Date.UTC(2017, 0, 2) / 86_400_000;

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export interface BenchCase {
  file: CaseFile;
  asOf: string;
}

export function syntheticCases(n: number, eventsPerCase = 30, seed = 42): BenchCase[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: BenchCase[] = [];
  for (let i = 0; i < n; i++) {
    const [group, benefit] = pick(GROUPS);
    const start = BASE_DAY + Math.floor(rnd() * 1800);
    const events: CaseEvent[] = [];
    let day = start;
    for (let k = 0; k < eventsPerCase; k++) {
      day += 1 + Math.floor(rnd() * 20);
      const type = pick(TYPES);
      const ev: CaseEvent = { id: `e${k}`, type, date: iso(day) };
      if (type === 'job-interview' || type === 'joint-meeting') {
        ev.form = pick(FORMS);
        ev.contentItems = ['job-search-follow-up', 'offer-needs'];
      }
      if (type === 'offer') {
        ev.end = iso(day + 14 + Math.floor(rnd() * 40));
        ev.details = {
          offerKind: pick(['virksomhedspraktik', 'loentilskud', 'vejledning-opkvalificering']),
          ordinaryEmployees: 3 + Math.floor(rnd() * 80),
          currentPlacements: Math.floor(rnd() * 6),
        };
      }
      if (type === 'certificate-received') ev.details = { certificate: pick(['LÆ265', 'LÆ285']) };
      if (type === 'assessment') ev.details = { subject: 'las74c' };
      events.push(ev);
    }
    out.push({
      file: {
        formatVersion: 1,
        municipality: pick(['101', '851', '849', '787']),
        citizen: { id: `c${i}`, birthDate: iso(start - 9000 - Math.floor(rnd() * 12000)) },
        spells: [
          {
            id: 's1',
            benefit,
            targetGroup: group,
            start: iso(start),
            flags: ['expected-over-8-weeks'],
          },
        ],
        events,
        trials: [],
      },
      asOf: iso(day + Math.floor(rnd() * 60)),
    });
  }
  return out;
}
