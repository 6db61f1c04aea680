/** Input schemas of the user administration routes. */
import { z } from 'zod';
import { ROLES } from '../../cases/schema.ts';

export const CreateUserBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{1,49}$/, 'letters, digits, . _ - (2–50)'),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  teamId: z.number().int().positive().nullable().optional(),
  password: z.string().min(12, 'at least 12 characters').max(200),
});

export const TeamList = z.object({
  items: z.array(z.object({ id: z.number(), name: z.string() })),
});

export const UserList = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      username: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      teamId: z.number().nullable(),
      teamName: z.string().nullable(),
      active: z.boolean(),
    }),
  ),
});
export const UserCreated = z.object({ id: z.number(), username: z.string() });
