/**
 * Danish words the engine, the CLI and the web app share: dates written the
 * Danish way and event kinds as a caseworker names them. Pure; no imports, so
 * the web app can use it without the engine.
 */

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** 2019-04-17 → "17. april 2019". */
export function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** Event kinds in Danish, as in the case log. */
export const EVENT_DA: Record<string, string> = {
  'job-interview': 'jobsamtale',
  'joint-meeting': 'fællessamtale',
  'cv-interview': 'CV-samtale',
  'follow-up-interview': 'opfølgningssamtale',
  'group-session': 'gruppesamtale',
  plan: 'plan',
  offer: 'tilbud',
  'certificate-requested': 'anmodning om lægeattest',
  'certificate-received': 'lægeattest',
  'rehab-team-meeting': 'møde i rehabiliteringsteamet',
  visitation: 'visitation',
  assessment: 'vurdering',
  'education-injunction': 'uddannelsespålæg',
  'journal-note': 'journalnotat',
  'person-group-marker': 'persongruppemarkering',
  consent: 'samtykke',
  'sick-notification': 'sygemelding',
  decision: 'afgørelse',
  'mentor-contact': 'mentorkontakt',
  move: 'flytning',
  'parental-leave': 'barsel',
  'sub-goal': 'delmål',
  'exemption-decision': 'afgørelse om fritagelse',
};

/** Every ISO date in a Danish sentence written the Danish way ("17. april 2019"). */
export function danishDates(s: string): string {
  return s.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (_, d: string) => danishDate(d));
}

/**
 * A finding about content items missing from an interview (a `…-content` rule,
 * not a trial's): shown as one low-key note for all interviews, not one warning each.
 */
export function isContentFinding(f: { ruleId: string; trialId?: string | null }): boolean {
  return f.ruleId.endsWith('-content') && !f.trialId;
}

/** The one note on missing content items, given the interview dates (YYYY-MM-DD). */
export function contentNote(dates: readonly string[]): { da: string; en: string } {
  const sorted = [...dates].sort();
  const n = sorted.length;
  return {
    da: `${n === 1 ? 'Ved 1 samtale' : `Ved ${n} samtaler`} er ikke alt lovpligtigt indhold registreret (${sorted.map(danishDate).join(', ')}).`,
    en: `${n === 1 ? 'At 1 interview' : `At ${n} interviews`} not all statutory content is recorded (${sorted.join(', ')}).`,
  };
}

/**
 * Findings as a caseworker reads them: the missing-content findings folded into
 * one note (with the interview dates), the others as they are. `rules explain`
 * and the citizen page both use it.
 */
export function foldContentFindings<
  F extends { ruleId: string; trialId?: string | null; events: readonly string[] },
>(
  findings: readonly F[],
  dateOf: (eventId: string) => string | undefined,
): { rest: F[]; note: { da: string; en: string } | undefined } {
  const rest: F[] = [];
  const dates: string[] = [];
  for (const f of findings) {
    if (!isContentFinding(f)) {
      rest.push(f);
      continue;
    }
    for (const id of f.events) {
      const d = dateOf(id);
      if (d !== undefined) dates.push(d);
    }
  }
  return { rest, note: dates.length > 0 ? contentNote(dates) : undefined };
}
