import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

// The alert app's service worker (SPEC ALR-01): the app shell is precached so the app opens
// without network (an alert fired offline waits in the app's queue), and pushes from the
// organization show as notifications that bring the app forward when touched.

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

const SCOPE = '/alertas/';

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
// Any page under /alertas/ is the app (hash routes): answer navigations with the cached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${SCOPE}index.html`), { allowlist: [/^\/alertas\//] }));

type PushPayload = { title?: string; body?: string; tag?: string; url?: string };

function readPayload(event: PushEvent): PushPayload {
  if (!event.data) return {};
  try {
    const parsed = event.data.json() as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as PushPayload) : {};
  } catch {
    return { body: event.data.text() };
  }
}

self.addEventListener('push', (event) => {
  const payload = readPayload(event);
  const title = payload.title || 'Canal de Alertas';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: payload.body ?? '',
      tag: payload.tag,
      icon: `${SCOPE}icon-192.png`,
      badge: `${SCOPE}icon-192.png`,
      data: { url: payload.url && payload.url.startsWith(SCOPE) ? payload.url : SCOPE },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data as { url?: string } | null)?.url ?? SCOPE;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).pathname.startsWith(SCOPE));
      if (open) return void (await open.focus());
      await self.clients.openWindow(url);
    })(),
  );
});
