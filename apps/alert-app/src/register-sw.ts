// The service worker (src/sw.ts, built to /alertas/sw.js) keeps the app shell for offline starts
// and shows pushes as notifications (SPEC ALR-01).
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {
      // Without a worker the app still works online.
    });
  });
}
