import { canOfferPush, enableBrowserPush } from '@atende/shared/browser-push';
import { api } from './api';
import { pickLocale } from './i18n';

// SPEC ALR-04 (web push): this browser asks for pushes about the user's alerts — on its own after
// login when notifications are already allowed, or when the user taps "Ativar notificações". The
// app's language goes with the subscription, so the pushes speak it too (PLT-01).

export { canOfferPush };

/** `ask`: the user tapped the button, so the permission prompt may show. False when push is not possible. */
export const enablePush = (ask: boolean): Promise<boolean> =>
  enableBrowserPush(
    {
      publicKey: async () => (await api.pushKey()).publicKey,
      subscribe: (body) => api.pushSubscribe({ ...body, locale: pickLocale(navigator.language) }),
    },
    ask,
  );
