/**
 * Cost assumptions: caseworker minutes per event kind, hourly wage cost,
 * certificate fees and the rehabilitation-team price. Every figure is
 * overridable (a JSON file on the CLI, the fields on the page). Sources and
 * their status are in docs/simulation.md § Costs; figures marked "assumption"
 * have no published source we could read and are there to be overridden.
 */
import {
  CASES_PER_MEETING,
  LAE265_RATE,
  LAE285_RATE,
  REHAB_MEETING_PRICE,
} from '../evaluation/costs.ts';

/** The event kinds the report counts: the event type, and the certificate code for certificates. */
export type EventKind = string;

export interface Assumptions {
  /** Caseworker minutes per event, preparation and registration included. */
  minutesPerEvent: Readonly<Record<EventKind, number>>;
  /** Minutes for a kind not listed. */
  defaultMinutes: number;
  /** Wage cost per caseworker hour, overhead included (kr). */
  hourlyWageDkk: number;
  /** Hours in one full-time equivalent (årsværk). */
  hoursPerFte: number;
  /** Fee per certificate by code (kr), paid to the doctor. */
  certificateFeesDkk: Readonly<Record<string, number>>;
  /** Price per rehabilitation-team meeting (Socialmedicinsk Enhed) and cases per meeting. */
  rehabMeetingPriceDkk: number;
  casesPerRehabMeeting: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  minutesPerEvent: {
    'job-interview': 60,
    // Held by the a-kasse (LAB § 31 from 2024): not the municipality's time. Set a value to count it.
    'job-interview:a-kasse': 0,
    'joint-meeting': 60,
    'cv-interview': 45,
    'follow-up-interview': 60,
    'group-session': 20,
    plan: 30,
    offer: 60,
    'certificate-requested': 15,
    'certificate-received': 15,
    'rehab-team-meeting': 240,
    assessment: 90,
    'education-injunction': 30,
    'mentor-contact': 30,
  },
  defaultMinutes: 30,
  hourlyWageDkk: 450,
  hoursPerFte: 1_924,
  certificateFeesDkk: { LÆ265: LAE265_RATE, LÆ285: LAE285_RATE },
  rehabMeetingPriceDkk: REHAB_MEETING_PRICE,
  casesPerRehabMeeting: CASES_PER_MEETING,
};

export class AssumptionsError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

function num(field: string, v: unknown, positive = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (positive && v === 0))
    throw new AssumptionsError(
      field,
      `expected a number ${positive ? '> 0' : '≥ 0'}, got ${JSON.stringify(v)}`,
    );
  return v;
}

function table(field: string, v: unknown): Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new AssumptionsError(field, 'expected an object of numbers');
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(v)) out[k] = num(`${field}.${k}`, x);
  return out;
}

const KEYS = new Set([
  'minutesPerEvent',
  'defaultMinutes',
  'hourlyWageDkk',
  'hoursPerFte',
  'certificateFeesDkk',
  'rehabMeetingPriceDkk',
  'casesPerRehabMeeting',
]);

/** The defaults with the overrides of a parsed JSON object; tables are merged key by key. */
export function withOverrides(over: unknown, base: Assumptions = DEFAULT_ASSUMPTIONS): Assumptions {
  if (over === undefined || over === null) return base;
  if (typeof over !== 'object' || Array.isArray(over))
    throw new AssumptionsError('assumptions', 'expected a JSON object');
  const o = over as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!KEYS.has(k))
      throw new AssumptionsError(k, `unknown field; one of ${[...KEYS].join(', ')}`);
  return {
    minutesPerEvent:
      o.minutesPerEvent === undefined
        ? base.minutesPerEvent
        : { ...base.minutesPerEvent, ...table('minutesPerEvent', o.minutesPerEvent) },
    defaultMinutes:
      o.defaultMinutes === undefined
        ? base.defaultMinutes
        : num('defaultMinutes', o.defaultMinutes),
    hourlyWageDkk:
      o.hourlyWageDkk === undefined ? base.hourlyWageDkk : num('hourlyWageDkk', o.hourlyWageDkk),
    hoursPerFte:
      o.hoursPerFte === undefined ? base.hoursPerFte : num('hoursPerFte', o.hoursPerFte, true),
    certificateFeesDkk:
      o.certificateFeesDkk === undefined
        ? base.certificateFeesDkk
        : { ...base.certificateFeesDkk, ...table('certificateFeesDkk', o.certificateFeesDkk) },
    rehabMeetingPriceDkk:
      o.rehabMeetingPriceDkk === undefined
        ? base.rehabMeetingPriceDkk
        : num('rehabMeetingPriceDkk', o.rehabMeetingPriceDkk),
    casesPerRehabMeeting:
      o.casesPerRehabMeeting === undefined
        ? base.casesPerRehabMeeting
        : num('casesPerRehabMeeting', o.casesPerRehabMeeting, true),
  };
}

/**
 * Hours and kr for `n` events of one kind (`type` or `type:qualifier`, see
 * replay.ts eventKind): minutes are looked up for the kind, then its type.
 */
export function costOf(a: Assumptions, kind: string, n: number): { hours: number; dkk: number } {
  const [type, qualifier] = kind.split(':') as [string, string | undefined];
  const certificate = type.startsWith('certificate') ? qualifier : undefined;
  const minutes = a.minutesPerEvent[kind] ?? a.minutesPerEvent[type] ?? a.defaultMinutes;
  const hours = (n * minutes) / 60;
  let dkk = hours * a.hourlyWageDkk;
  // A scheduled certificate event (requested or received, whichever the rule asks for) stands for one certificate and its fee.
  if (certificate) dkk += n * (a.certificateFeesDkk[certificate] ?? 0);
  if (type === 'rehab-team-meeting') dkk += (n * a.rehabMeetingPriceDkk) / a.casesPerRehabMeeting;
  return { hours, dkk };
}
