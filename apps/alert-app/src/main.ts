import { BrowserCall } from '@atende/shared/browser-call';
import type { AlertView } from '@atende/shared/schemas/alerts';
import { api, ApiError, isRetryable, NetworkError, setCsrfToken, type AppSession, type NewAlert } from './api';
import { h, mount } from './dom';
import { pickLocale, translator } from './i18n';
import { openLive, type Live } from './live';
import { createAlertQueue, localStorageStore, type AlertQueue } from './queue';
import { enablePush } from './push';
import { registerServiceWorker } from './register-sw';
import { firstAccessView } from './views/first-access';
import { homeView, type Home } from './views/home';
import { loginView } from './views/login';
import './styles.css';

// The Canal de Alertas app (SPEC ALR-01, ALR-03): login or first access, then the alert buttons,
// the offline queue, "Meus alertas" kept live, and "Ligar Agora!".

const locale = pickLocale(navigator.language);
const t = translator(locale);
document.documentElement.lang = locale;
document.title = locale === 'pt-BR' ? 'Atende — Canal de Alertas' : 'Atende — Alert Channel';
const root = document.getElementById('app')!;

const SESSION_KEY = 'atende-alertas:session';
const RETRY_MS = 30_000;

let session: AppSession | null = null;
let home: Home | null = null;
let live: Live | null = null;
let queue: AlertQueue | null = null;
let retryTimer: ReturnType<typeof setInterval> | undefined;
/** ALR-03 "Ligar pelo navegador": the built-in call over the live link. */
const call = new BrowserCall({
  signalling: () => live?.signalling,
  iceServers: () => session?.settings.callIceServers ?? [],
  changed: () => home?.callChanged(),
});
const alerts = new Map<string, AlertView>();
/** Which server alert each sent clientId became, so the screen that fired it can follow it. */
const sentAs = new Map<string, string>();

const sortedAlerts = () => [...alerts.values()].sort((a, b) => b.firedAt.localeCompare(a.firedAt));
const refresh = () => home?.refresh();

function upsert(alert: AlertView) {
  alerts.set(alert.id, alert);
  refresh();
}

/** Kept for a start without network: the app still opens with the user and the service number. */
function remember(s: AppSession | null) {
  if (s) localStorage.setItem(SESSION_KEY, JSON.stringify(s));
  else localStorage.removeItem(SESSION_KEY);
}

function remembered(): AppSession | null {
  try {
    return JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null') as AppSession | null;
  } catch {
    return null;
  }
}

/** A failed send worth keeping for later: no answer, 5xx, an expired session or a rate limit. */
const keepQueued = (err: unknown) => isRetryable(err) || (err instanceof ApiError && [401, 403, 429].includes(err.status));

async function loadAlerts() {
  try {
    const { alerts: list } = await api.alerts();
    alerts.clear();
    for (const a of list) alerts.set(a.id, a);
    refresh();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) expired();
  }
}

async function flush() {
  if (!queue || !navigator.onLine) return;
  await queue.flush();
}

function start(s: AppSession) {
  session = s;
  setCsrfToken(s.csrfToken);
  remember(s);
  queue = createAlertQueue({
    store: localStorageStore(`atende-alertas:queue:${s.user.id}`),
    send: async (alert) => {
      try {
        return await api.fire(alert);
      } catch (err) {
        // The session ended (expired, or ended elsewhere): the alert stays queued and goes out
        // once the user signs in again.
        if (err instanceof ApiError && err.status === 401) queueMicrotask(expired);
        throw err;
      }
    },
    retryable: keepQueued,
    sent: (alert, queued) => {
      sentAs.set(queued.clientId, alert.id);
      upsert(alert);
    },
    changed: refresh,
  });
  home?.dispose();
  home = homeView({
    t,
    locale,
    session: s,
    alerts: sortedAlerts,
    queued: () => queue?.items() ?? [],
    fire: async (alert: NewAlert) => {
      queue!.add(alert);
      await flush();
      const id = sentAs.get(alert.clientId);
      return { alert: (id && alerts.get(id)) || null };
    },
    changed: upsert,
    logout: () => void logout(),
    call,
  });
  mount(root, home.el);
  live?.close();
  live = openLive({
    alert: upsert,
    connected: () => void (loadAlerts(), flush()),
    callAnswered: (id) => call.answered(id),
    callEnded: (id) => call.ended(id),
    callDtmf: (id, digits) => call.dtmf(id, digits),
  });
  clearInterval(retryTimer);
  retryTimer = setInterval(() => void flush(), RETRY_MS);
  void loadAlerts();
  void flush();
  // SPEC ALR-04: already allowed → subscribe quietly; never awaited (it can hang without a push service).
  enablePush(false).catch(() => {});
}

function stop() {
  call.hangup();
  live?.close();
  live = null;
  home?.dispose();
  home = null;
  queue = null;
  session = null;
  clearInterval(retryTimer);
  alerts.clear();
  setCsrfToken(null);
}

function expired() {
  remember(null);
  stop();
  void route();
}

async function logout() {
  try {
    await api.logout();
  } catch {
    // Offline or already expired: the local session ends anyway.
  }
  remember(null);
  stop();
  if (location.hash && location.hash !== '#/')
    location.hash = '#/'; // hashchange routes
  else void route();
}

function showLogin() {
  mount(root, loginView(t, start));
}

let routing = 0;

/** Hash routes: #/primeiro-acesso?token=… (invite link), everything else the app. */
async function route() {
  // A later route (hash change, logout) wins over a /me answer still on its way.
  const turn = ++routing;
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  if (path === '/primeiro-acesso') {
    stop();
    const token = new URLSearchParams(query).get('token');
    mount(
      root,
      firstAccessView(t, token, (s) => ((location.hash = '#/'), start(s))),
    );
    return;
  }
  if (session) return;
  mount(root, h('p', { class: 'busy', role: 'status' }, t('loading')));
  try {
    const me = await api.me();
    if (turn === routing) start(me);
  } catch (err) {
    if (turn !== routing) return;
    const cached = remembered();
    if (err instanceof NetworkError && cached) start(cached);
    else {
      remember(null);
      showLogin();
    }
  }
}

window.addEventListener('hashchange', () => void route());
window.addEventListener('online', () => {
  refresh();
  // Back online after an offline start: the remembered CSRF token may be stale, ask again.
  void api
    .me()
    .then((s) => {
      setCsrfToken(s.csrfToken);
      remember(s);
    })
    .catch(() => {})
    .finally(() => void flush());
});
window.addEventListener('offline', refresh);

void route();
registerServiceWorker();
