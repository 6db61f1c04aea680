/** Drawing a review sample. */
import { SeededRandom } from '../../cases/random.ts';

/**
 * Draws up to `perCaseworker` cases for each caseworker: Fisher–Yates shuffle
 * of the caseworker's candidates (sorted by id) with a seeded generator, so the
 * same seed and the same cases give the same sample.
 */
export function drawSample(
  candidates: readonly { citizenId: number; caseworkerId: number }[],
  perCaseworker: number,
  seed: number,
): { citizenId: number; caseworkerId: number }[] {
  const rnd = new SeededRandom(seed);
  const by = new Map<number, number[]>();
  for (const c of candidates) {
    const list = by.get(c.caseworkerId);
    if (list) list.push(c.citizenId);
    else by.set(c.caseworkerId, [c.citizenId]);
  }
  const out: { citizenId: number; caseworkerId: number }[] = [];
  for (const caseworkerId of [...by.keys()].sort((a, b) => a - b)) {
    const ids = [...new Set(by.get(caseworkerId)!)].sort((a, b) => a - b);
    for (let i = ids.length - 1; i > 0; i -= 1) {
      const j = rnd.int(0, i);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    for (const citizenId of ids.slice(0, perCaseworker)) out.push({ citizenId, caseworkerId });
  }
  return out;
}
