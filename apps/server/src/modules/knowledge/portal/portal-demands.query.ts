import type { PortalSession, ProtocolLookupResult } from '@atende/shared';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { attendanceById, personAttendanceIds } from '../../attendances/index.js';
import { getPersonSummary } from '../../persons/index.js';
import { organizationName } from '../../tenancy/index.js';
import { attendanceView, requestView } from '../protocol-lookup.js';
import { requestsRepo } from '../requests.repository.js';
import type { PortalPrincipal } from './portal-session.js';

// SPEC PER-06 with PLT-05: the signed-in customer sees their own attendances and requests, with
// protocol and state only — the same public view as the protocol lookup (no notes or comments).

const MAX_ITEMS = 50;

export function portalSessionView(platform: Platform, p: PortalPrincipal): Promise<PortalSession> {
  return platform.tenant.inTenant(p.organizationId, null, async (s) => {
    const person = await getPersonSummary(s, p.personId);
    if (!person) throw new AppError('PORTAL_UNAUTHENTICATED');
    return { person: { name: person.name }, organizationName: await organizationName(s), csrfToken: p.csrfToken };
  });
}

export function portalDemandsQuery(platform: Platform, p: PortalPrincipal): Promise<{ items: ProtocolLookupResult[] }> {
  return platform.tenant.inTenant(p.organizationId, null, async (s) => {
    const items: ProtocolLookupResult[] = [];
    for (const id of await personAttendanceIds(s, p.personId, MAX_ITEMS)) {
      const a = await attendanceById(s, id);
      if (a?.protocol) items.push(attendanceView(a));
    }
    for (const r of (await requestsRepo.list(s, { personId: p.personId })).slice(0, MAX_ITEMS)) items.push(requestView(r));
    return { items: items.sort((a, b) => b.openedAt.localeCompare(a.openedAt)) };
  });
}
