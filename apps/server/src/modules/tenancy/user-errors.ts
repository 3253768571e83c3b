import { AppError } from '../../platform/errors.js';
import { constraintError } from '../../platform/db/pg-errors.js';

/** Turns the users table's unique violations into the coded errors a form can show. */
export function mapUserConstraint(err: unknown): never {
  const c = constraintError(err);
  if (c?.constraint === 'users_email_unique') throw new AppError('USER_EMAIL_TAKEN');
  if (c?.constraint === 'users_extension_unique') {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.extension', rule: 'unique' }] });
  }
  throw err;
}
