// SPEC ALR-04: the console's service worker (src/sw.ts, built to /sw.js) shows staff web pushes
// about alerts even with the console in the background. Registered once at start; in development
// Vite serves no built worker.
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without a worker the console works the same; only pushes in the background are missed.
    });
  });
}
