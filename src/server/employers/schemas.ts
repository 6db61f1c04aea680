/** Input schemas of the employer routes. */
import { z } from 'zod';
import { IsoDate } from '../shared/schemas.ts';

/** CVR-nummer: eight digits with a modulus-11 check digit (weights 2 7 6 5 4 3 2 1). */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = weights.reduce((s, w, i) => s + w * Number(cvr[i]), 0);
  return sum % 11 === 0;
}

export const EmployerInput = z.object({
  name: z.string().trim().min(1).max(200),
  cvr: z
    .string()
    .trim()
    .regex(/^\d{8}$/, 'expected a CVR number of eight digits')
    .refine(isValidCvr, 'not a valid CVR number (modulus-11 check failed)'),
  /** ordinært ansatte */
  ordinaryHeadcount: z.number().int().min(0).max(1_000_000),
});

export const ListQuery = z.object({ asOf: IsoDate.optional() });

/** An employer with its placement capacity (the forholdstal, BAB § 65) and the places in use. */
export const EmployerView = z.object({
  id: z.number(),
  name: z.string(),
  cvr: z.string(),
  ordinaryHeadcount: z.number(),
  capacity: z.number(),
  currentPlacements: z.number(),
});
export const EmployerList = z.object({ asOf: z.string(), items: z.array(EmployerView) });
export const EmployerCreated = z.object({ employer: EmployerView });
