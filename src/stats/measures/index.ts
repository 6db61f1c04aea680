/**
 * The jobindsats-style measures, one file per measure (like src/rules/statutes),
 * each defined once as SQL that runs unchanged on DuckDB and PostgreSQL.
 * Definitions: shared/domain/measures.md §§ 1, 4, 6; the choices the sources
 * leave open are stated in docs/statistics.md. A new measure: a file here
 * exporting a `Measure`, added to MEASURES below, with a hand-worked test in
 * test/stats run on both engines.
 */

import { activationRate } from './aktiveringsgrad.ts';
import { municipalityBenchmark } from './benchmarking.ts';
import { partialSick } from './delvise-raskmeldinger.ts';
import { flereSkalMed } from './flere-skal-med-40.ts';
import { spellDurations } from './forloeb.ts';
import { fuldtidspersoner } from './fuldtidspersoner.ts';
import { openCases } from './loebende-sager.ts';
import { noActiveOffer } from './manglende-aktiv-indsats.ts';
import { ordinaryHours } from './ordinaere-loentimer.ts';
import { timeliness } from './rettidighed.ts';
import { interviewCadence } from './samtalekadence.ts';
import { statusAfter, statusAfter6, statusAfter12 } from './status-efter.ts';
import { inflowOutflow } from './tilgang-afgang.ts';
import type { Measure } from './types.ts';

export { DURATION_BANDS, mondayOf } from './common.ts';
export {
  BREAKDOWNS,
  type Breakdown,
  type ColumnType,
  type Measure,
  type MeasureColumn,
  type MeasureContext,
  type MeasureParams,
} from './types.ts';

export const MEASURES: readonly Measure[] = [
  fuldtidspersoner,
  spellDurations,
  statusAfter,
  statusAfter6,
  statusAfter12,
  partialSick,
  interviewCadence,
  activationRate,
  noActiveOffer,
  flereSkalMed,
  openCases,
  ordinaryHours,
  inflowOutflow,
  timeliness,
  municipalityBenchmark,
];

export function measureById(id: string): Measure {
  const m = MEASURES.find((x) => x.id === id);
  if (!m) {
    throw new Error(
      `unknown measure ${JSON.stringify(id)}; known: ${MEASURES.map((x) => x.id).join(', ')}`,
    );
  }
  return m;
}
