/**
 * Register statistics for the web app (docs/api.md "Statistics"): the status
 * of the weekly register, the measure list, and the committee reports for the
 * user's municipality as JSON or as CSV/XLSX downloads. The figures are
 * aggregate and pseudonymous (cells under 3 persons show "."), so each read is
 * one audit entry with action 'stats-read' and no citizen. The register itself
 * is services/register-service.ts.
 */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { comparison } from './comparison.ts';
import { measures } from './measures.ts';
import { monthly } from './monthly.ts';
import { openCases } from './open-cases.ts';
import { status } from './status.ts';

export function statsRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  status(api, ctx);
  measures(api);
  monthly(api, ctx);
  openCases(api, ctx);
  comparison(api, ctx);
}
