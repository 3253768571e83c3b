import type { AttendanceSummary } from '@atende/shared';

/**
 * Who an attendance is with: the linked person's registered name, else the name the channel gave,
 * else the anonymous label (seed 002 §1.2: anonymous attendances need no person).
 */
export function displayName(a: Pick<AttendanceSummary, 'contact' | 'personName'>, anonymous: string): string {
  return a.personName?.trim() || a.contact.name?.trim() || anonymous;
}
