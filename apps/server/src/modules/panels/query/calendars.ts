import { defaultCalendar, type BusinessCalendar } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import { calendarFor } from '../../service/index.js';

// SPEC PAN-04: remaining hours count in the company's business calendar; one lookup per company
// present on the page, not per row. An export passes one `cache` for all its batches, so each
// company is looked up once per export.
export async function calendarLoader(
  s: Scope,
  companyIds: (string | null)[],
  cache = new Map<string, BusinessCalendar>(),
): Promise<(companyId: string | null) => BusinessCalendar> {
  for (const id of new Set(companyIds)) if (!cache.has(id ?? '')) cache.set(id ?? '', await calendarFor(s, id));
  return (companyId) => cache.get(companyId ?? '') ?? defaultCalendar();
}
