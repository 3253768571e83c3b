import type { AlertLocation } from '@atende/shared/schemas/alerts';

// SPEC ALR-01: the location goes with the alert when the user allows it. Denied, unavailable or
// slower than the timeout: the alert leaves without it rather than waiting.

export function currentLocation(timeoutMs = 5000): Promise<AlertLocation | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    // Some browsers never call back when the prompt is ignored: our own timer ends the wait.
    const timer = setTimeout(() => resolve(null), timeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer);
        resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Number.isFinite(p.coords.accuracy) ? p.coords.accuracy : null });
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}
