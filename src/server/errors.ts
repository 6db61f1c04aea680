/**
 * One error shape for the whole API: `{ error, message, fields? }` where
 * `fields` names each invalid input by its path (e.g. `body.events.3.date`).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { StoreError } from '../cases/store.ts';

export interface ApiErrorBody {
  error: string;
  message: string;
  fields?: { path: string; message: string }[];
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const fields = error.validation.map((issue) => {
        const path = [where, ...String(issue.instancePath).split('/').filter(Boolean)].join('.');
        return { path, message: issue.message ?? 'invalid' };
      });
      const body: ApiErrorBody = {
        error: 'validation',
        message: `invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
        fields,
      };
      return reply.status(400).send(body);
    }
    const cause: unknown = error;
    if (cause instanceof StoreError) {
      const body: ApiErrorBody = {
        error: 'invalid',
        message: cause.message,
        ...(cause.field
          ? { fields: [{ path: `body.${cause.field}`, message: cause.message }] }
          : {}),
      };
      return reply.status(400).send(body);
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send({
      error: status >= 500 ? 'internal' : (error.code ?? 'error'),
      message: status >= 500 ? 'internal server error' : error.message,
    } satisfies ApiErrorBody);
  });
}
