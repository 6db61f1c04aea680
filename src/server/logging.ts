/**
 * Structured logging (pino via Fastify) that never prints a CPR number:
 * request URLs, messages and every string field are scrubbed of CPR-like
 * digit groups, and bodies, cookies and auth headers are never logged.
 */
import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';
import { scrubCpr, scrubCprInUrl } from '../cases/cpr.ts';

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubCpr(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubCpr(value.message),
      stack: scrubCpr(value.stack ?? ''),
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string; raw?: { url?: string } }) => ({
        id: req.id,
        method: req.method,
        url: scrubCprInUrl(String(req.url ?? req.raw?.url ?? '')),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    formatters: {
      log: (object) => scrubDeep(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? scrubCpr(a) : a)) as Parameters<typeof method>,
        );
      },
    },
  };
}

export function fastifyLogger(
  level: string,
  stream?: DestinationStream,
): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return stream ? { ...loggerOptions(level), stream } : loggerOptions(level);
}
