import type { BrowserCall } from '@atende/shared/browser-call';
import type { AlertLevel, AlertView } from '@atende/shared/schemas/alerts';
import { alertLevels, callableAlertLevels } from '../levels';
import type { AppSession, NewAlert } from '../api';
import { h, mount } from '../dom';
import type { Locale, Translate } from '../i18n';
import { currentLocation } from '../location';
import { canOfferPush, enablePush } from '../push';
import { alertListView } from './alert-list';
import { callNowView, type CallPanel } from './call-now';
import { voiceNoteView } from './voice-note';

// SPEC ALR-01: three big buttons by risk. One confirmation step keeps a pocket tap from firing an
// alert while costing one more touch; then the location (when allowed) and the alert leave.

export type FireResult = { alert: AlertView | null };

export type HomeContext = {
  t: Translate;
  locale: Locale;
  session: AppSession;
  alerts(): AlertView[];
  queued(): NewAlert[];
  fire(alert: NewAlert): Promise<FireResult>;
  /** An alert changed here (its voice note was uploaded). */
  changed(alert: AlertView): void;
  logout(): void;
  /** ALR-03 "Ligar pelo navegador": the app's one built-in call. */
  call: BrowserCall;
};

export type Home = { el: HTMLElement; refresh(): void; callChanged(): void; dispose(): void };

const HINT: Record<AlertLevel, 'greenHint' | 'yellowHint' | 'redHint'> = { green: 'greenHint', yellow: 'yellowHint', red: 'redHint' };

export function homeView(ctx: HomeContext): Home {
  const { t } = ctx;
  const offline = h('p', { class: 'offline', role: 'status' });
  const actions = h('section', { class: 'actions', 'aria-labelledby': 'choose-level' });
  const call = h('div', { class: 'call-area' });
  const after = h('div', { class: 'after-area' });
  const list = h('div', { class: 'list-area' });
  let panel: CallPanel | null = null;

  const header = h(
    'header',
    { class: 'top' },
    h('span', { class: 'who' }, t('hello', { name: ctx.session.user.name })),
    h('button', { type: 'button', class: 'link', onclick: () => ctx.logout() }, t('logout')),
  );
  const notify = h('div', { class: 'notify-area' });

  // SPEC ALR-04: pushes about the user's alerts, offered while the browser has not been answered.
  function showNotify() {
    if (!canOfferPush()) return mount(notify);
    const button = h('button', { type: 'button', class: 'secondary', onclick: () => void activate() }, t('enableNotifications'));
    mount(notify, button);
  }

  async function activate() {
    mount(notify, h('p', { class: 'busy', role: 'status' }, t('enablingNotifications')));
    const ok = await enablePush(true).catch(() => false);
    mount(notify, h('p', { role: 'status' }, t(ok ? 'notificationsOn' : 'notificationsFailed')));
  }

  function showButtons() {
    mount(
      actions,
      h('h1', { id: 'choose-level' }, t('chooseLevel')),
      ...alertLevels.map((level) =>
        h(
          'button',
          { type: 'button', class: `level level-${level}`, 'data-level': level, onclick: () => confirm(level) },
          h('span', { class: 'level-name' }, t(level)),
          h('span', { class: 'level-hint' }, t(HINT[level])),
        ),
      ),
    );
  }

  function confirm(level: AlertLevel) {
    const send = h(
      'button',
      { type: 'button', class: `level level-${level}`, onclick: () => void fire(level) },
      t('confirmSend', { level: t(level) }),
    );
    const cancel = h('button', { type: 'button', class: 'secondary', onclick: showButtons }, t('cancel'));
    mount(actions, h('h1', { id: 'choose-level' }, t('confirmTitle', { level: t(level) })), send, cancel);
    send.focus();
  }

  async function fire(level: AlertLevel) {
    // The moment of the decision, kept even when the alert leaves minutes later (offline queue).
    const firedAt = new Date().toISOString();
    mount(actions, h('p', { class: 'busy', role: 'status' }, t('locating')));
    const location = await currentLocation();
    mount(actions, h('p', { class: 'busy', role: 'status' }, t('sending')));
    if (callableAlertLevels.includes(level)) showCall();
    const result = await ctx.fire({ clientId: crypto.randomUUID(), level, firedAt, location });
    mount(after, result.alert ? voiceNoteView(t, result.alert.id, ctx.changed) : null);
    showButtons();
    refresh();
  }

  function showCall() {
    // A call in progress stays on screen when another alert is fired.
    if (panel && ctx.call.phase !== 'idle') return;
    panel?.dispose();
    const { serviceNumber, callQueueId } = ctx.session.settings;
    panel = callNowView(t, { serviceNumber, callQueueId, call: ctx.call }, () => {
      panel = null;
      mount(call);
    });
    mount(call, panel.el);
  }

  function refresh() {
    offline.textContent = navigator.onLine ? '' : t('offline');
    offline.hidden = navigator.onLine;
    mount(list, alertListView(t, ctx.locale, ctx.alerts(), ctx.queued()));
  }

  showButtons();
  showNotify();
  refresh();
  return {
    el: h('div', { class: 'home' }, header, notify, offline, call, after, actions, list),
    refresh,
    callChanged: () => panel?.update(),
    dispose: () => panel?.dispose(),
  };
}
