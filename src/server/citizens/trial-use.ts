/**
 * Recording the use of a trial exemption on a case: the trial must be enabled
 * for the municipality on the date (and for the citizen's target group), and
 * the use is documented by a journal note carrying the trialId.
 */
import type { Transaction } from 'kysely';
import {
  type CitizenRow,
  enabledTrialOn,
  insertTrialUse,
  targetGroupOn,
} from '../../cases/citizens.ts';
import type { Database } from '../../cases/schema.ts';
import { appendEvents } from '../../cases/store.ts';
import type { SessionUser } from '../access.ts';
import { badRequest } from '../errors.ts';

export interface TrialUse {
  useId: number;
  journalEventId: number;
}

async function checkTrialEnabled(
  trx: Transaction<Database>,
  citizen: CitizenRow,
  trialId: string,
  date: string,
  fieldPrefix: string,
): Promise<void> {
  const enabled = await enabledTrialOn(trx, citizen.municipality_code, trialId, date);
  if (!enabled) {
    throw badRequest(
      `${fieldPrefix}.trialId`,
      `trial ${trialId} is not enabled for municipality ${citizen.municipality_code} on ${date}`,
    );
  }
  if (enabled.target_groups.length > 0) {
    const group = await targetGroupOn(trx, citizen.id, date);
    if (!group || !enabled.target_groups.includes(group)) {
      throw badRequest(
        `${fieldPrefix}.trialId`,
        `trial ${trialId} is enabled for target groups ${enabled.target_groups.join(', ')}, and the citizen is in ${group ?? 'no target group'} on ${date}`,
      );
    }
  }
}

export async function recordTrialUse(
  trx: Transaction<Database>,
  user: SessionUser,
  citizen: CitizenRow,
  use: { trialId: string; date: string; eventId: number },
  /** The documentation; written as a journal note unless the event is that note itself. */
  journal: { text: string; isTheEvent: boolean },
  fieldPrefix: string,
): Promise<TrialUse> {
  const { trialId, date, eventId } = use;
  await checkTrialEnabled(trx, citizen, trialId, date, fieldPrefix);
  const journalEventId = journal.isTheEvent
    ? eventId
    : (
        await appendEvents(trx, [
          {
            citizenId: citizen.id,
            type: 'journal-note',
            date,
            recordedBy: user.id,
            trialId,
            payload: {
              details: {
                text: journal.text,
                documents: 'trial-exemption',
                eventId: String(eventId),
              },
            },
          },
        ])
      )[0]!;
  const useId = await insertTrialUse(trx, {
    municipalityCode: citizen.municipality_code,
    citizenId: citizen.id,
    trialId,
    eventId,
    journalEventId,
    documentation: journal.text,
    usedBy: user.id,
  });
  return { useId, journalEventId };
}
