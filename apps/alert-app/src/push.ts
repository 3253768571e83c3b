import { api } from './api';

// SPEC ALR-04 (web push): this browser asks for pushes about the user's alerts — on its own after
// login when notifications are already allowed, or when the user taps "Ativar notificações".
// Browsers without PushManager just skip it. `pushManager.subscribe` can hang (no push service,
// e.g. headless Chromium): nobody awaits this on the UI path and every step is timed out.

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

/**
 * Subscribes this browser and hands the subscription to the server. `ask`: the user tapped the
 * button, so the permission prompt may show. Resolves false when push is not possible here.
 */
export async function enablePush(ask: boolean): Promise<boolean> {
  if (!pushSupported()) return false;
  let permission = Notification.permission;
  if (permission === 'default' && ask) permission = await Notification.requestPermission();
  if (permission !== 'granted') return false;
  const registration = await timeout(navigator.serviceWorker.ready);
  const { publicKey } = await api.pushKey();
  const existing = await timeout(registration.pushManager.getSubscription());
  const subscription =
    existing ?? (await timeout(registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) })));
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) return false;
  await api.pushSubscribe({ endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } });
  return true;
}
