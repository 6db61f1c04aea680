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
