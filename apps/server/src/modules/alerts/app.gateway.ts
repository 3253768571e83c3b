import { fastifyCookie } from '@fastify/cookie';
import { ALERT_APP_NAMESPACE, type AlertAppClientToServer, type AlertAppServerToClient } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { typedNamespace } from '../../platform/realtime/realtime.js';
import { builtinCallerLink, type BuiltinCallInput } from '../voice/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { APP_COOKIE, appPrincipal, appUserRoom, type AppPrincipal } from './app-session.js';
import { appUsersRepo } from './app-users.repository.js';
import { settingsRepo } from './settings.repository.js';

/**
 * SPEC ALR-03 "Ligar pelo navegador": the app user's built-in call goes to the alerts' voice queue,
 * named after the app user (their name and phone on the call, the attendance and "Gravações", ALR-05).
 */
async function describeAppCaller(s: Scope, appUserId: string): Promise<BuiltinCallInput> {
  const settings = await settingsRepo.get(s);
  if (!settings.voiceQueueId) throw new AppError('ALERT_APP_CALL_UNAVAILABLE');
  const user = await appUsersRepo.byId(s, appUserId);
  if (!user?.active) throw new AppError('ALERT_APP_UNAUTHENTICATED');
  return { from: user.phone || user.name, queueId: settings.voiceQueueId, personName: user.name, appUserId: user.id };
}

/**
 * SPEC ALR-01: the app's live link. Authenticated by the app session cookie at the handshake
 * (refused otherwise) and joined to the user's own room only: their alerts' states arrive here.
 */
export function registerAppGateway(platform: Platform) {
  platform.realtime.onAttach((io) => {
    const ns = typedNamespace<AlertAppClientToServer, AlertAppServerToClient, { app: AppPrincipal }>(io, ALERT_APP_NAMESPACE);
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
    // ALR-03: the same built-in call signalling as the widget's (VOX-06a), served by the voice module.
    ns.on('connection', (socket) => {
      const p = socket.data.app;
      const link = builtinCallerLink(platform, {
        organizationId: p.organizationId,
        describe: (s) => describeAppCaller(s, p.appUserId),
        notify: (event, callId) => socket.emit(event, { callId }),
        dtmf: (callId, digits) => socket.emit('call.dtmf', { callId, digits }),
      });
      socket.on('call.start', (body, ack) => void link.start(body, ack));
      socket.on('call.hangup', link.hangup);
      socket.on('call.dtmf', link.dtmf);
      socket.on('disconnect', link.gone);
    });
  });
}
