/**
 * Idempotent writes: a POST, PUT or PATCH with an `Idempotency-Key` header
 * (the web app sends one per form submission) is carried out once per user
 * and key. A repeat while the first is running waits for it; a repeat after
 * it answers the first answer again (`Idempotent-Replayed: true`) instead of
 * writing a duplicate or reporting a conflict with itself (issue #13: a double
 * click on "Gem"). Answers are kept for 10 minutes in this server process; a
 * repeat that reaches another process finds the case version already bumped
 * and gets 409, never a duplicate.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../errors.ts';

interface Stored {
  status: number;
  contentType: string | undefined;
  body: string;
  at: number;
}

interface Pending {
  done: Promise<Stored | null>;
  resolve: (stored: Stored | null) => void;
}

const KEEP_MS = 10 * 60_000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey?: string;
  }
}

export function idempotentWrites(app: FastifyInstance): void {
  const stored = new Map<string, Stored>();
  const pending = new Map<string, Pending>();

  const keyOf = (request: FastifyRequest): string | undefined => {
    if (!WRITE_METHODS.has(request.method) || !request.user) return undefined;
    const header = request.headers['idempotency-key'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined) return undefined;
    if (!/^[A-Za-z0-9_-]{8,100}$/.test(value)) {
      throw badRequest('headers.idempotency-key', 'expected 8–100 letters, digits, - or _');
    }
    return `${request.user.id} ${request.method} ${request.url} ${value}`;
  };

  app.addHook('preHandler', async (request, reply) => {
    const key = keyOf(request);
    if (!key) return;
    const now = Date.now();
    for (const [k, s] of stored) if (now - s.at > KEEP_MS) stored.delete(k);
    let previous = stored.get(key);
    const running = pending.get(key);
    if (!previous && running) previous = (await running.done) ?? undefined;
    if (previous) {
      reply.code(previous.status).header('Idempotent-Replayed', 'true');
      if (previous.contentType) reply.type(previous.contentType);
      return reply.send(previous.body);
    }
    let resolve!: (s: Stored | null) => void;
    const done = new Promise<Stored | null>((r) => {
      resolve = r;
    });
    pending.set(key, { done, resolve });
    request.idempotencyKey = key;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key) return payload;
    const entry = pending.get(key);
    pending.delete(key);
    // Server errors are not kept: the repeat may succeed.
    const keep = reply.statusCode < 500 && typeof payload === 'string';
    const value: Stored | null = keep
      ? {
          status: reply.statusCode,
          contentType: reply.getHeader('content-type') as string | undefined,
          body: payload,
          at: Date.now(),
        }
      : null;
    if (value) stored.set(key, value);
    entry?.resolve(value);
    return payload;
  });

  // A request that ends without a response body (aborted) releases its waiters.
  app.addHook('onResponse', async (request) => {
    const key = request.idempotencyKey;
    if (!key) return;
    pending.get(key)?.resolve(null);
    pending.delete(key);
  });
}
