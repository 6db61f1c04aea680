/**
 * Names for the simulation's row keys, in the language of the reader: event
 * kinds (the event type, with the certificate or the holder: see
 * `eventKind` in replay.ts), target groups (målgrupper, LAB § 6) and
 * municipalities (kommunekoder). A committee paper says "jobsamtaler i
 * a-kassen", not `job-interview:a-kasse`; unknown keys are shown as they are.
 */
import { municipalityByCode } from '../reference/municipalities.ts';
import { TARGET_GROUPS } from '../reference/target-groups.ts';
import type { EventTypeCode } from '../rules/vocabulary.ts';

export type Lang = 'da' | 'en';

type Names = { da: string; en: string };

/** The event types the minimum schedule can contain (and a few more), by type code. */
const EVENT_NAMES: Partial<Record<EventTypeCode, Names>> = {
  'job-interview': { da: 'Jobsamtale i jobcentret', en: 'Job interview (jobcentre)' },
  'joint-meeting': { da: 'Fællessamtale med a-kassen', en: 'Joint meeting with the a-kasse' },
  'cv-interview': { da: 'CV-samtale', en: 'CV interview' },
  'follow-up-interview': { da: 'Opfølgningssamtale', en: 'Follow-up interview' },
  'group-session': { da: 'Gruppesamtale', en: 'Group session' },
  plan: { da: 'Plan', en: 'Plan' },
  offer: { da: 'Tilbud', en: 'Offer' },
  'certificate-requested': { da: 'Lægeattest bestilt', en: 'Medical certificate requested' },
  'certificate-received': { da: 'Lægeattest', en: 'Medical certificate' },
  'rehab-team-meeting': { da: 'Møde i rehabiliteringsteamet', en: 'Rehabilitation-team meeting' },
  visitation: { da: 'Visitation', en: 'Visitation' },
  assessment: { da: 'Vurdering', en: 'Assessment' },
  'education-injunction': { da: 'Uddannelsespålæg', en: 'Education injunction' },
  'mentor-contact': { da: 'Mentorkontakt', en: 'Mentor contact' },
};

/** Holders other than the municipality (`details.holder`). */
const HOLDER_NAMES: Record<string, Names> = {
  'a-kasse': { da: 'i a-kassen', en: 'held by the a-kasse' },
};

/** "Jobsamtale i a-kassen", "Lægeattest LÆ265": the name of an event kind. */
export function eventKindName(kind: string, lang: Lang): string {
  const [type, qualifier] = kind.split(':', 2) as [string, string | undefined];
  const base = EVENT_NAMES[type as EventTypeCode]?.[lang];
  if (!base) return kind;
  if (qualifier === undefined) return base;
  const holder = HOLDER_NAMES[qualifier];
  if (holder) {
    // "Jobsamtale i jobcentret" held by the a-kasse is a "Jobsamtale i a-kassen".
    const plain =
      type === 'job-interview' ? (lang === 'da' ? 'Jobsamtale' : 'Job interview') : base;
    return `${plain} ${holder[lang]}`;
  }
  return `${base} ${qualifier}`;
}

const GROUPS = new Map(TARGET_GROUPS.map((g) => [g.code as string, g]));

/** "6.1 Forsikrede ledige / dagpengemodtagere". */
export function targetGroupName(code: string, lang: Lang): string {
  const g = GROUPS.get(code);
  if (!g) return code;
  return `${code} ${lang === 'da' ? g.nameDa : g.nameEn}`;
}

/** "851 Aalborg". */
export function municipalityName(code: string): string {
  const m = municipalityByCode(code);
  return m ? `${code} ${m.name}` : code;
}
