/** GET /api/stats/measures: the jobindsats-style measures (docs/statistics.md). */
import { breakdownsOf } from '../../stats/measures/common.ts';
import { MEASURES } from '../../stats/measures/index.ts';
import { authorize } from '../access.ts';
import { type Api, requireUser } from '../context.ts';
import { MeasuresResponse } from './schemas.ts';

export function measures(api: Api): void {
  api.get(
    '/api/stats/measures',
    {
      schema: {
        summary: 'The jobindsats-style measures (docs/statistics.md)',
        tags: ['statistics'],
        response: { 200: MeasuresResponse },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'stats.read');
      return {
        items: MEASURES.map((m) => ({
          id: m.id,
          titleDa: m.titleDa,
          titleEn: m.titleEn,
          description: m.description,
          columns: m.columns.map((c) => ({ name: c.name, type: c.type, label: c.labelDa })),
          breakdowns: [...breakdownsOf(m)],
        })),
      };
    },
  );
}
