import type { ErrorCode } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import { constraintError } from '../../../platform/db/pg-errors.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';

/** Unique-index name → the code the API answers when it is violated. */
const UNIQUE_CODES: Record<string, ErrorCode> = {
  processes_name_unique: 'PROCESS_NAME_TAKEN',
  subprocesses_name_unique: 'SUBPROCESS_NAME_TAKEN',
  classifications_name_unique: 'CLASSIFICATION_NAME_TAKEN',
  contact_origins_name_unique: 'CONTACT_ORIGIN_NAME_TAKEN',
  sla_reasons_name_unique: 'SLA_REASON_NAME_TAKEN',
  business_calendars_company_unique: 'CALENDAR_TAKEN',
  business_calendars_default_unique: 'CALENDAR_TAKEN',
  calendar_holidays_date_unique: 'HOLIDAY_DATE_TAKEN',
  sla_policies_scope_unique: 'SLA_POLICY_TAKEN',
};

function mapConstraint(err: unknown): never {
  const violated = constraintError(err);
  const code = violated?.kind === 'unique' ? UNIQUE_CODES[violated.constraint] : undefined;
  if (code) throw new AppError(code, { cause: err });
  throw err;
}

/** A read in the caller's organization (RLS), with the caller as actor. */
export function read<T>(platform: Platform, p: Principal, fn: (s: Scope) => Promise<T>): Promise<T> {
  return platform.tenant.asUser(p, fn);
}

/**
 * A configuration change in one tenant transaction. It records 'service_config.changed' (who, what,
 * when: SPEC ORG-06) and turns unique-name violations into their *_TAKEN codes.
 */
export function write<T>(
  platform: Platform,
  p: Principal,
  change: { entity: string; action: string; id?: string },
  fn: (s: Scope) => Promise<T>,
): Promise<T> {
  return platform.tenant
    .asUser(p, async (s) => {
      const result = await fn(s);
      const created = result && typeof result === 'object' && 'id' in result && typeof result.id === 'string' ? result.id : null;
      await platform.events.emit(s, 'service_config.changed', { ...change, id: change.id ?? created });
      return result;
    })
    .catch(mapConstraint);
}
