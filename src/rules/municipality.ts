/**
 * Obligations of the municipality across its caseload, not of one case:
 * from 1 July 2026 (lov nr. 1750 af 29/12/2025, L 66 2025-26) the
 * municipality must hold job interviews with at least 75 % of the unemployed
 * close to the labour market in their first 6 months, and may exempt at most
 * 25 % of them from the interviews and offers of those months, each by a
 * caseworker's decision on the case (STAR's answers on the reform:
 * https://star.dk/implementering/beskaeftigelsesreform/generelle-spoergsmaal-og-svar-om-reformen,
 * https://star.dk/implementering/beskaeftigelsesreform/svar-paa-spoergsmaal-fra-webinar-den-21-januar-2026).
 *
 * The precise measure (which spells, counted when) is not stated in what we
 * read; our reading, in docs/rules.md:
 * - the group: spells of dagpenge (§ 6 nr. 1), job-ready kontanthjælp (nr. 2)
 *   and ledighedsydelse (nr. 9) that began in the period and on or after
 *   1 July 2026;
 * - interviews: a spell counts as interviewed when the municipality held the
 *   interviews the rule asks of it in the first 6 months (dagpenge: 2 in
 *   months 4–6; the others: 4 in months 1–6), counted only for spells whose
 *   6 months have passed by the as-of date;
 * - exemptions: spells with a `decision` event `contact-course-exemption`,
 *   listed with date, reason and who decided.
 *
 * Pure: reads case files, no storage.
 */
import { addMonths } from '../calendar/index.ts';
import type { CaseFile } from './case-format.ts';
import type { Bilingual, IsoDate } from './model.ts';
import { EXEMPTION_DECISION } from './statutes/contact-2024.ts';
import { LOV_1750_2025 } from './statutes/laws.ts';

/** Month arithmetic as the rules count it (31 Jan + 1 month = 28/29 Feb). */
const addMonthsClamped = (d: IsoDate, n: number): IsoDate => addMonths(d, n, 'clamp');

export const FLEXIBLE_FROM: IsoDate = '2026-07-01';
export const INTERVIEW_TARGET = 0.75;
export const EXEMPTION_LIMIT = 0.25;
const GROUPS = new Set(['6.1', '6.2', '6.9']);

export interface ExemptionRecord {
  /** The case's pseudonymous citizen id. */
  citizen: string;
  spellId: string;
  targetGroup: string;
  decidedOn: IsoDate;
  reason: string | null;
  decidedBy: string | null;
}

export interface MunicipalityObligation {
  id: 'ref2026-interview-75pct' | 'ref2026-exemption-25pct';
  title: Bilingual;
  legalRef: string;
  /** Spells in the measure's denominator. */
  denominator: number;
  numerator: number;
  /** numerator / denominator; null when the group is empty. */
  share: number | null;
  limit: number;
  /** 'at-least' for the 75 % target, 'at-most' for the 25 % quota. */
  direction: 'at-least' | 'at-most';
  /** null when the group is empty. */
  met: boolean | null;
}

export interface MunicipalityReport {
  municipality: string;
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
  /** Spells in the group that began in the period (from 1 July 2026). */
  group: number;
  /** Of those, spells whose first 6 months have not yet passed. */
  inProgress: number;
  obligations: MunicipalityObligation[];
  exemptions: ExemptionRecord[];
  law: string;
}

function interviewed(file: CaseFile, spellId: string, group: string, start: IsoDate): boolean {
  const end = addMonthsClamped(start, 6);
  const from = group === '6.1' ? addMonthsClamped(start, 3) : start;
  const need = group === '6.1' ? 2 : 4;
  let n = 0;
  for (const e of file.events) {
    if (e.type !== 'job-interview' || e.resetsClock === false) continue;
    if (e.spellId !== undefined && e.spellId !== spellId) continue;
    if (e.details?.holder === 'a-kasse') continue;
    if (e.date >= from && e.date < end) n += 1;
  }
  return n >= need;
}

/** The caseworker's recorded decision to exempt the spell, if any, known on the as-of date. */
function exemptionOf(
  file: CaseFile,
  s: CaseFile['spells'][number],
  asOf: IsoDate,
): ExemptionRecord | undefined {
  const decision = file.events.find(
    (e) =>
      e.type === 'decision' &&
      e.details?.decision === EXEMPTION_DECISION &&
      e.date <= asOf &&
      (e.spellId === undefined || e.spellId === s.id),
  );
  if (!decision) return undefined;
  return {
    citizen: file.citizen.id,
    spellId: s.id,
    targetGroup: s.targetGroup,
    decidedOn: decision.date,
    reason: typeof decision.details?.reason === 'string' ? decision.details.reason : null,
    decidedBy: decision.conductedBy ?? null,
  };
}

/** The 75 % target and the 25 % quota over the cases of one municipality, for spells begun in [from, to]. */
export function municipalityObligations(
  files: Iterable<CaseFile>,
  municipality: string,
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
): MunicipalityReport {
  let group = 0;
  let inProgress = 0;
  let done = 0;
  let held = 0;
  const exemptions: ExemptionRecord[] = [];
  const lo = from < FLEXIBLE_FROM ? FLEXIBLE_FROM : from;
  for (const file of files) {
    if (file.municipality !== municipality) continue;
    for (const s of file.spells) {
      if (!GROUPS.has(s.targetGroup) || s.start < lo || s.start > to || s.start > asOf) continue;
      group += 1;
      const exemption = exemptionOf(file, s, asOf);
      if (exemption) exemptions.push(exemption);
      if (addMonthsClamped(s.start, 6) > asOf) {
        inProgress += 1;
        continue;
      }
      done += 1;
      if (interviewed(file, s.id, s.targetGroup, s.start)) held += 1;
    }
  }
  const share = (n: number, d: number) => (d === 0 ? null : n / d);
  const interviewShare = share(held, done);
  const exemptionShare = share(exemptions.length, group);
  return {
    municipality,
    from,
    to,
    asOf,
    group,
    inProgress,
    obligations: [
      {
        id: 'ref2026-interview-75pct',
        title: {
          da: 'Jobsamtaler med mindst 75 % af de ledige tæt på arbejdsmarkedet i de første 6 måneder',
          en: 'Job interviews with at least 75 % of the unemployed close to the labour market in the first 6 months',
        },
        legalRef: 'LAB § 31 som ændret ved lov nr. 1750 af 29/12/2025',
        denominator: done,
        numerator: held,
        share: interviewShare,
        limit: INTERVIEW_TARGET,
        direction: 'at-least',
        met: interviewShare === null ? null : interviewShare >= INTERVIEW_TARGET,
      },
      {
        id: 'ref2026-exemption-25pct',
        title: {
          da: 'Højst 25 % undtaget fra samtaler og tilbud i de første 6 måneder',
          en: 'At most 25 % exempted from interviews and offers in the first 6 months',
        },
        legalRef: 'LAB § 31 som ændret ved lov nr. 1750 af 29/12/2025',
        denominator: group,
        numerator: exemptions.length,
        share: exemptionShare,
        limit: EXEMPTION_LIMIT,
        direction: 'at-most',
        met: exemptionShare === null ? null : exemptionShare <= EXEMPTION_LIMIT,
      },
    ],
    exemptions: exemptions.sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : 1)),
    law: LOV_1750_2025.law,
  };
}
