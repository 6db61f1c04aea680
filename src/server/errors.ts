/**
 * One error shape for the whole API (docs/api.md):
 * `{ error: { code, message, fields?, ...extra } }` where `fields` names each
 * invalid input by its path (e.g. `body.event.date`).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { StoreError } from '../cases/store.ts';
import { VersionConflict } from '../cases/write.ts';

export interface FieldError {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldError[];
    [extra: string]: unknown;
  };
}

/** An error a route throws on purpose; becomes `{ error: { code, message, … } }` with `status`. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { fields?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

export const badRequest = (path: string, message: string) =>
  new ApiError(400, 'validation', `invalid input: ${path}: ${message}`, {
    fields: [{ path, message }],
  });
export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} not found`);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const unauthenticated = () =>
  new ApiError(401, 'unauthenticated', 'not logged in (or the session has expired)');

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const fields = error.validation.map((issue) => {
        const path = [where, ...String(issue.instancePath).split('/').filter(Boolean)].join('.');
        return { path, message: issue.message ?? 'invalid' };
      });
      const body: ApiErrorBody = {
        error: {
          code: 'validation',
          message: `invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
          fields,
        },
      };
      return reply.status(400).send(body);
    }
    const cause: unknown = error;
    if (cause instanceof ApiError) {
      const body: ApiErrorBody = {
        error: { code: cause.code, message: cause.message, ...cause.extra },
      };
      return reply.status(cause.status).send(body);
    }
    if (cause instanceof VersionConflict) {
      const body: ApiErrorBody = {
        error: { code: 'conflict', message: cause.message, currentVersion: cause.currentVersion },
      };
      return reply.status(409).send(body);
    }
    if (cause instanceof StoreError) {
      const body: ApiErrorBody = {
        error: {
          code: 'validation',
          message: cause.message,
          ...(cause.field
            ? { fields: [{ path: `body.${cause.field}`, message: cause.message }] }
            : {}),
        },
      };
      return reply.status(400).send(body);
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const code =
      status === 429 ? 'throttled' : status >= 500 ? 'internal' : (error.code ?? 'error');
    return reply.status(status).send({
      error: { code, message: status >= 500 ? 'internal server error' : error.message },
    } satisfies ApiErrorBody);
  });
}
