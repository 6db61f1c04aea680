/** Input schema of the municipality-level obligations route. */
import { z } from 'zod';
import { IsoDate } from '../shared/schemas.ts';

export const ObligationsQuery = z.object({
  /** Spells begun in [from, to]; default: the current calendar year. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  asOf: IsoDate.optional(),
});
