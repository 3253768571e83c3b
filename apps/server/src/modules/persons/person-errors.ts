import { constraintError } from '../../platform/db/pg-errors.js';
import { AppError } from '../../platform/errors.js';

/** The persons tables' unique violations as the coded errors a form can show. */
export function mapPersonConstraint(err: unknown): never {
  if (constraintError(err)?.constraint === 'persons_document_unique') throw new AppError('PERSON_DOCUMENT_TAKEN');
  throw err;
}
