import { fastifyCookie } from '@fastify/cookie';
import { ALERT_APP_NAMESPACE, type AlertAppServerToClient } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import { typedNamespace } from '../../platform/realtime/realtime.js';
import { APP_COOKIE, appPrincipal, appUserRoom, type AppPrincipal } from './app-session.js';

/**
 * SPEC ALR-01: the app's live link. Authenticated by the app session cookie at the handshake
 * (refused otherwise) and joined to the user's own room only: their alerts' states arrive here.
 */
export function registerAppGateway(platform: Platform) {
  platform.realtime.onAttach((io) => {
    const ns = typedNamespace<Record<string, never>, AlertAppServerToClient, { app: AppPrincipal }>(io, ALERT_APP_NAMESPACE);
    ns.use(async (socket, next) => {
      try {
        const header = socket.handshake.headers.cookie;
        const p = await appPrincipal(platform, header ? fastifyCookie.parse(header)[APP_COOKIE] : undefined);
        if (!p) return next(new Error('ALERT_APP_UNAUTHENTICATED'));
        socket.data.app = p;
        await socket.join(appUserRoom(p.organizationId, p.appUserId));
        next();
      } catch {
        next(new Error('ALERT_APP_UNAUTHENTICATED'));
      }
    });
  });
}
