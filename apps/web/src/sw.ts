// The console's service worker (SPEC ALR-04 "web push to staff on new alerts"): it only shows the
// organization's pushes as notifications and, when one is clicked, brings the console forward on
// the alert. It caches nothing: the console needs the network anyway. Built to /sw.js (scope "/")
// as one classic script with no imports, so the CSP's `worker-src 'self'` is all it needs.

declare let self: ServiceWorkerGlobalScope;
export {};

type Payload = { title?: string; body?: string; url?: string };

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function readPayload(event: PushEvent): Payload {
  if (!event.data) return {};
  try {
    const parsed = event.data.json() as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Payload) : {};
  } catch {
    return { body: event.data.text() };
  }
}

/** Only a path of this console (never another site, never an API address) is opened on a click. */
const safePath = (url: string | undefined) => (url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/api/') ? url : '/');

self.addEventListener('push', (event) => {
  const payload = readPayload(event);
  const url = safePath(payload.url);
  event.waitUntil(
    self.registration.showNotification(payload.title || 'Atende', {
      body: payload.body ?? '',
      // One notification per alert: a later push about the same alert replaces it.
      tag: url,
      icon: '/favicon.svg',
      data: { url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = safePath((event.notification.data as { url?: string } | null)?.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (!open) return void (await self.clients.openWindow(url));
      const focused = await open.focus();
      await focused.navigate(url).catch(() => self.clients.openWindow(url));
    })(),
  );
});
