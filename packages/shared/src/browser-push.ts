/// <reference lib="dom" />
import type { PushSubscriptionBody } from './schemas/push.js';

// SPEC ALR-04 (web push): how a browser (the alert app, the console) subscribes to Atende's pushes:
// permission, the page's service worker, the installation's VAPID key, then the subscription handed
// to the server. Browsers without PushManager skip it. `pushManager.subscribe` can hang (no push
// service, e.g. headless Chromium): nobody awaits this on the UI path and every step is timed out.

const STEP_TIMEOUT_MS = 10_000;

export const pushSupported = () =>
  typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** Whether to offer "Ativar notificações": push works here and the user has not answered yet. */
export const canOfferPush = () => pushSupported() && Notification.permission === 'default';

function timeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('push step timed out')), STEP_TIMEOUT_MS);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/** The VAPID public key (base64url) as the bytes `applicationServerKey` wants. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export type PushServer = {
  /** The installation's VAPID public key. */
  publicKey: () => Promise<string>;
  /** Stores this browser's subscription for the signed-in user. */
  subscribe: (body: PushSubscriptionBody) => Promise<unknown>;
};

/**
 * Subscribes this browser and hands the subscription to the server. `ask`: the user clicked the
 * button, so the permission prompt may show. Resolves false when push is not possible here.
 */
export async function enableBrowserPush(server: PushServer, ask: boolean): Promise<boolean> {
  if (!pushSupported()) return false;
  let permission = Notification.permission;
  if (permission === 'default' && ask) permission = await Notification.requestPermission();
  if (permission !== 'granted') return false;
  const registration = await timeout(navigator.serviceWorker.ready);
  const publicKey = await server.publicKey();
  const existing = await timeout(registration.pushManager.getSubscription());
  const subscription =
    existing ?? (await timeout(registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) })));
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) return false;
  await server.subscribe({ endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } });
  return true;
}
