/** GET /api/stats/status: whether the register is present or being generated, and its period. */
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { registerYears } from './report-output.ts';
import { StatusSchema } from './schemas.ts';

export function status(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/stats/status',
    {
      schema: {
        summary: 'Whether the register is present or being generated, and its period',
        tags: ['statistics'],
        response: { 200: StatusSchema },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'stats.read');
      const manifest = ctx.register.manifest();
      return {
        present: manifest !== null,
        register: manifest
          ? {
              firstWeek: manifest.firstWeek,
              lastWeek: manifest.lastWeek,
              persons: manifest.persons,
              rows: manifest.rows,
              source: manifest.source,
              createdAt: manifest.createdAt,
              years: registerYears(manifest),
            }
          : null,
        generation: ctx.register.generationStatus(),
      };
    },
  );
}
