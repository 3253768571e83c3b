import { defaultCalendar, type BusinessCalendar } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import { calendarFor } from '../../service/index.js';

// SPEC PAN-04: remaining hours count in the company's business calendar; one lookup per company
// present on the page, not per row.
export async function calendarLoader(s: Scope, companyIds: (string | null)[]): Promise<(companyId: string | null) => BusinessCalendar> {
  const cache = new Map<string, BusinessCalendar>();
  for (const id of new Set(companyIds)) cache.set(id ?? '', await calendarFor(s, id));
  return (companyId) => cache.get(companyId ?? '') ?? defaultCalendar();
}
