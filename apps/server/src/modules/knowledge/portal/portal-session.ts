import { sideSessions } from '../../tenancy/index.js';
import { portalSessionsRepo } from './portal-users.repository.js';

// SPEC PER-06: the portal's own cookie and sessions, apart from staff and alert-app ones: a
// customer's cookie never acts in the console.
export const PORTAL_COOKIE = 'atende_portal_sid';

export type PortalPrincipal = { portalUserId: string; personId: string; organizationId: string; sessionId: string; csrfToken: string };

const sessions = sideSessions<PortalPrincipal>({
  cookie: PORTAL_COOKIE,
  unauthenticated: 'PORTAL_UNAUTHENTICATED',
  store: {
    async bySessionId(s, id) {
      const row = await portalSessionsRepo.bySessionId(s, id);
      return row
        ? {
            portalUserId: row.user.id,
            personId: row.user.personId,
            organizationId: row.session.organizationId,
            sessionId: row.session.id,
            csrfToken: row.session.csrfToken,
          }
        : null;
    },
    insert: (s, { userId, ...row }) => portalSessionsRepo.insert(s, { ...row, portalUserId: userId }),
    remove: (s, id) => portalSessionsRepo.remove(s, id),
    purgeExpired: (s) => portalSessionsRepo.purgeExpired(s),
  },
});

/** The customer of this request; writes must echo the session's CSRF token. */
export const portalPrincipalOf = sessions.principalOf;
export const openPortalSession = sessions.open;
export const closePortalSession = sessions.close;
