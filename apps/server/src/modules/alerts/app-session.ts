import { sideSessions } from '../tenancy/index.js';
import { appSessionsRepo } from './app-users.repository.js';

// SPEC ALR-01: app users have their own cookie and sessions, never the staff ones, so an app
// user can never open the console (and a staff cookie never acts as an app user).
export const APP_COOKIE = 'atende_app_sid';

export type AppPrincipal = { appUserId: string; organizationId: string; sessionId: string; csrfToken: string };

const sessions = sideSessions<AppPrincipal>({
  cookie: APP_COOKIE,
  unauthenticated: 'ALERT_APP_UNAUTHENTICATED',
  store: {
    async bySessionId(s, id) {
      const row = await appSessionsRepo.bySessionId(s, id);
      return row
        ? { appUserId: row.user.id, organizationId: row.session.organizationId, sessionId: row.session.id, csrfToken: row.session.csrfToken }
        : null;
    },
    insert: (s, { userId, ...row }) => appSessionsRepo.insert(s, { ...row, appUserId: userId }),
    remove: (s, id) => appSessionsRepo.remove(s, id),
    purgeExpired: (s) => appSessionsRepo.purgeExpired(s),
  },
});

/** The app session behind a cookie's token, or null (unknown, expired, or the user was deactivated). */
export const appPrincipal = sessions.principal;
/** The app user of this request; writes must echo the session's CSRF token (synchronizer token). */
export const appPrincipalOf = sessions.principalOf;
/** Opens a session for an app user: the cookie's token, hashed in the table. */
export const openAppSession = sessions.open;
export const closeAppSession = sessions.close;

/** The room of one app user's sockets (namespace ALERT_APP_NAMESPACE). */
export const appUserRoom = (organizationId: string, appUserId: string) => `org:${organizationId}:appuser:${appUserId}`;
