import type { FastifyInstance } from 'fastify';
import { AppError, type FieldProblem } from '../errors.js';

// A NUL byte cannot be stored in a PostgreSQL text or jsonb value, and a lone UTF-16 surrogate
// cannot be encoded as UTF-8: either one reaching the database fails the whole request with a 500.
// With the `u` flag `\p{Cs}` matches only unpaired surrogates (a pair is one astral code point).
// eslint-disable-next-line no-control-regex -- matching NUL is the point of this check
const UNSTORABLE = /\u0000|\p{Cs}/u;

type Found = FieldProblem;

function findUnstorable(value: unknown, path: string, depth = 0): Found | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? { path, rule: 'invalid_characters' } : undefined;
  // Parsed JSON is a tree; the depth bound only keeps a pathological body from exhausting the stack.
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  if (Buffer.isBuffer(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (UNSTORABLE.test(key)) return { path: at, rule: 'invalid_characters' };
    const found = findUnstorable(item, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Issue item "NUL bytes and lone surrogates give 500": every string of every route's body, query
 * string and path parameters is checked here, once, before its schema runs, so a value the database
 * cannot hold answers 400 VALIDATION_FAILED naming the field instead of failing deep in a query.
 */
export function rejectUnstorableStrings(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    const found = findUnstorable(req.params, 'params') ?? findUnstorable(req.query, 'querystring') ?? findUnstorable(req.body, 'body');
    if (found) throw new AppError('VALIDATION_FAILED', { fields: [found] });
  });
}
