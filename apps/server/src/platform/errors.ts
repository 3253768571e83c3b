import { errorStatus, type ErrorCode } from '@atende/shared';
import { errorMessage } from '@atende/shared/i18n';
import { pickLocale, type Locale } from '@atende/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { renderFields, zodFieldProblems, type FieldProblem } from './field-errors.js';

export type { FieldProblem } from './field-errors.js';

/** A coded error; the one place codes become HTTP statuses is `errorStatus`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: FieldProblem[];
  constructor(code: ErrorCode, opts: { fields?: FieldProblem[]; cause?: unknown } = {}) {
    super(code, { cause: opts.cause });
    this.code = code;
    this.status = errorStatus[code];
    this.fields = opts.fields;
  }
}

export function requestLocale(req: FastifyRequest): Locale {
  return req.principal?.locale ?? pickLocale(req.headers['accept-language']);
}

export function sendError(req: FastifyRequest, reply: FastifyReply, code: ErrorCode, fields?: AppError['fields']) {
  const locale = requestLocale(req);
  const body = { error: { code, message: errorMessage(code, locale), ...(fields ? { fields: renderFields(fields, locale) } : {}) } };
  return reply.status(errorStatus[code]).send(body);
}

export function errorHandler(err: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) return sendError(req, reply, err.code, err.fields);
  if (hasZodFastifySchemaValidationErrors(err)) {
    return sendError(req, reply, 'VALIDATION_FAILED', zodFieldProblems(req, err.validationContext, err.validation));
  }
  const status = (err as FastifyError).statusCode ?? 500;
  if (status === 429) return sendError(req, reply, 'RATE_LIMITED');
  // Issue item "413 and 415 with codes": a client must tell "too big" and "wrong format" from a bad field.
  if (status === 413) return sendError(req, reply, 'PAYLOAD_TOO_LARGE');
  if (status === 415) return sendError(req, reply, 'UNSUPPORTED_MEDIA_TYPE');
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, bad content type, body too large).
    return sendError(req, reply, 'VALIDATION_FAILED', [{ path: 'body', rule: 'invalid_body' }]);
  }
  req.log.error({ err }, 'unhandled error');
  return sendError(req, reply, 'INTERNAL');
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  return sendError(req, reply, 'ROUTE_NOT_FOUND');
}
