/**
 * Documentation duties of trials: every use of an exemption must be backed by
 * the journal note, person-group marker, consent and named responsible person
 * that the trial requires. Missing documentation becomes a finding.
 */
import { isoOf } from '../days.ts';
import type { Sink } from './run.ts';
import type { ActiveTrial, PreparedCase } from './types.ts';

const DEFAULT_GRACE_DAYS = 7;

export function checkDocumentation(
  pc: PreparedCase,
  trials: readonly ActiveTrial[],
  sink: Sink,
): void {
  if (sink.uses.length === 0) return;
  const once = new Set<string>();
  for (const use of sink.uses) {
    const at = trials.find((t) => t.trial.id === use.trialId);
    if (!at) continue;
    const d = at.trial.documentation;
    let day = use.day;
    let from = use.noteFrom;
    if (day < 0) {
      const pe = pc.events.find((e) => e.ev.id === use.events[0]);
      day = pe ? pe.day : pc.asOf;
      from = day;
    }
    const grace = d.noteGraceDays ?? DEFAULT_GRACE_DAYS;
    // A late-held meeting the trial allows is documented when it is held: the
    // note may follow the meeting as well as the statutory deadline.
    let last = day;
    for (const id of use.events) {
      const pe = pc.events.find((e) => e.ev.id === id);
      if (pe && pe.day > last) last = pe.day;
    }
    const tid = at.trial.id;
    const name = at.trial.title;
    const when = isoOf(day);
    const push = (key: string, da: string, en: string) => {
      if (key && once.has(key)) return;
      if (key) once.add(key);
      sink.findings.push({
        ruleId: use.ruleId,
        severity: 'error',
        message: { da, en },
        events: use.events,
        trialId: tid,
      });
    };
    const decision = use.decision ? pc.events.find((e) => e.ev.id === use.decision) : undefined;
    if (decision) {
      // The recorded decision documents the waivers it switched on: who and why.
      const missing: [string, string][] = [];
      if (!decision.ev.conductedBy) missing.push(['hvem der traf den', 'who made it']);
      const reason = decision.ev.details?.reason;
      if (typeof reason !== 'string' || !reason.trim())
        missing.push(['begrundelsen', 'the reason']);
      if (missing.length > 0)
        push(
          `${tid}|decision|${decision.ev.id}`,
          `Afgørelsen ${decision.ev.date} om at bruge forsøget «${name.da}» mangler ${missing.map((m) => m[0]).join(' og ')}.`,
          `The decision of ${decision.ev.date} to use the trial "${name.en}" does not record ${missing.map((m) => m[1]).join(' or ')}.`,
        );
    } else if (d.journalNoteEachUse) {
      const ok = pc.events.some(
        (pe) =>
          pe.type === 'journal-note' &&
          pe.ev.trialId === tid &&
          ((pe.day >= from && pe.day <= last + grace) ||
            (typeof pe.ev.details?.eventId === 'string' &&
              use.events.includes(pe.ev.details.eventId))),
      );
      if (!ok) {
        push(
          '',
          `Forsøget «${name.da}» er brugt (${when}, reglen «${use.ruleTitle.da}») uden et journalnotat, der henviser til forsøget.`,
          `Trial "${name.en}" was used (${when}, rule "${use.ruleTitle.en}") without a journal note citing the trial.`,
        );
      }
    }
    if (d.personGroupMarker !== 'none') {
      const limit = d.personGroupMarker === 'before-use' ? day : pc.asOf;
      const ok = pc.events.some(
        (pe) => pe.type === 'person-group-marker' && pe.ev.trialId === tid && pe.day <= limit,
      );
      if (!ok) {
        const before = d.personGroupMarker === 'before-use';
        push(
          `${tid}|marker`,
          `Forsøget «${name.da}» er brugt (${when}) uden persongruppemarkering${before ? ' sat før brugen' : ''}.`,
          `Trial "${name.en}" was used (${when}) without a person-group marker${before ? ' set before the use' : ''}.`,
        );
      }
    }
    if (d.citizenConsent) {
      const ok = pc.events.some(
        (pe) => pe.type === 'consent' && pe.ev.trialId === tid && pe.day <= day,
      );
      if (!ok) {
        push(
          `${tid}|consent`,
          `Forsøget «${name.da}» er brugt (${when}) uden borgerens samtykke forinden.`,
          `Trial "${name.en}" was used (${when}) without the citizen's prior consent.`,
        );
      }
    }
    if (d.namedResponsible && !at.entry.responsible && !decision?.ev.conductedBy) {
      push(
        `${tid}|responsible`,
        `Forsøget «${name.da}» er brugt uden en navngiven fagligt ansvarlig for dispensationer.`,
        `Trial "${name.en}" was used without a named person responsible for waivers.`,
      );
    }
  }
}
