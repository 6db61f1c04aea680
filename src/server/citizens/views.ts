/** How the citizen routes show stored events and spells, and how an event input is stored. */
import type { z } from 'zod';
import type { EventRow } from '../../cases/citizens.ts';
import type { EventInput } from './schemas.ts';

/** Free-text fields that may name or identify a person: never sent to analysts. */
const FREE_TEXT_KEYS = new Set(['text', 'note', 'documentation', 'journalNote', 'employer']);

export function eventView(e: EventRow, identity: boolean) {
  const payload = { ...(e.payload as Record<string, unknown>) };
  if (!identity && payload.details && typeof payload.details === 'object') {
    payload.details = Object.fromEntries(
      Object.entries(payload.details as Record<string, unknown>).filter(
        ([k]) => !FREE_TEXT_KEYS.has(k),
      ),
    );
  }
  return {
    ...payload,
    id: e.id,
    type: e.type,
    date: e.occurred_on,
    trialId: e.trial_id,
    recordedAt: e.recorded_at.toISOString(),
    recordedBy: e.recorded_by,
    recordedByName: e.recorded_by_name,
  };
}

export function spellView(s: {
  id: number;
  benefit: string;
  target_group: string;
  sub_groups: string[];
  flags: string[];
  start_date: string;
  end_date: string | null;
  transferred_from_id: number | null;
}) {
  return {
    id: s.id,
    benefit: s.benefit,
    targetGroup: s.target_group,
    subGroups: s.sub_groups,
    flags: s.flags,
    start: s.start_date,
    end: s.end_date,
    transferredFromId: s.transferred_from_id,
  };
}

/** Event payload as stored (the case-format fields besides id/type/date/trialId). */
export function payloadOf(e: z.infer<typeof EventInput>): Record<string, unknown> {
  const details = { ...(e.details ?? {}) };
  if (e.nextAgreement) details.nextAgreement = e.nextAgreement;
  return {
    ...(e.end ? { end: e.end } : {}),
    ...(e.spellId ? { spellId: e.spellId } : {}),
    ...(e.form ? { form: e.form } : {}),
    ...(e.conductedBy ? { conductedBy: e.conductedBy } : {}),
    ...(e.contentItems ? { contentItems: e.contentItems } : {}),
    ...(e.resetsClock !== undefined ? { resetsClock: e.resetsClock } : {}),
    ...(e.flags ? { flags: e.flags } : {}),
    ...(Object.keys(details).length ? { details } : {}),
  };
}
