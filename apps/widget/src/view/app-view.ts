// The widget's frame: a host element with an open shadow root (the site's CSS neither leaks in
// nor out), the round launcher, and the panel with its header and current screen (SPEC CH-01).
import type { Api } from '../api';
import type { Chat } from '../chat';
import type { Emitter } from '../emitter';
import type { Locale, Translate } from '../i18n';
import { load, save } from '../storage';
import { createCallView } from './call-view';
import { createComposerView } from './composer-view';
import { h, icon, setText, show } from './dom';
import { createMessagesView } from './messages-view';
import { createFormView } from './prechat-view';
import css from './widget.css';

export type AppView = { open(): void; close(): void; isOpen(): boolean };
export type AppViewDeps = { chat: Chat; api: Api; t: Translate; locale: Locale; events: Emitter; channelToken: string; brand: string | null };

export function mountApp({ chat, api, t, locale, events, channelToken, brand }: AppViewDeps): AppView {
  const host = document.createElement('atende-chat');
  // Inline and !important: the site's stylesheet cannot hide or move the host.
  host.setAttribute(
    'style',
    'all:initial!important;position:fixed!important;z-index:2147483000!important;display:block!important;width:0!important;height:0!important;bottom:0!important;right:0!important',
  );
  const root = host.attachShadow({ mode: 'open' });
  const uid = `atd${Math.random().toString(36).slice(2, 8)}`;
  const openKey = `atende:${channelToken}:open`;

  const badge = h('span', { class: 'badge', 'aria-hidden': 'true', hidden: true });
  const launcher = h(
    'button',
    { type: 'button', class: 'launcher', 'aria-label': t('open'), 'aria-haspopup': 'dialog', 'aria-expanded': 'false' },
    icon('chat', 28),
    badge,
  );
  const avatar = h('span', { class: 'avatar', 'aria-hidden': 'true' });
  const title = h('h2', { id: `${uid}-title` });
  const subtitle = h('p', { class: 'sub', 'aria-live': 'polite' });
  const closeBtn = h('button', { type: 'button', class: 'icon-btn close', 'aria-label': t('close'), title: t('close') }, icon('close'));
  const call = createCallView(chat, t);
  const header = h('header', { class: 'head' }, avatar, h('div', { class: 'titles' }, title, subtitle), call.button, closeBtn);
  const link = h('p', { class: 'link', role: 'status' });
  const loading = h('div', { class: 'center' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('p', null, t('loading')));
  const failedText = h('p', null);
  const retry = h('button', { type: 'button', class: 'primary' }, t('retry'));
  const failed = h('div', { class: 'center' }, failedText, retry);
  const form = createFormView(chat, t, uid);
  const messages = createMessagesView(chat, api, t, locale);
  const composer = createComposerView(chat, t, () => {
    chat.newConversation();
    focusWanted = true;
  });
  const body = h('div', { class: 'body' }, loading, failed, form.el, messages.el);
  const panel = h('section', { class: 'panel', role: 'dialog', 'aria-labelledby': title.id, hidden: true }, header, call.el, link, body, composer.el);
  const frame = h('div', { class: 'frame' }, launcher, panel);
  if (brand) frame.style.setProperty('--brand', brand);
  root.append(h('style', null, css), frame);
  document.body.appendChild(host);

  let opened = false;
  let unread = 0;
  let focusWanted = false;

  function update(): void {
    const s = chat.state;
    const screen = chat.screen;
    const conv = s.conversation;
    setText(title, s.channelName || t('chat'));
    setText(avatar, (conv?.agentName || s.channelName || 'A').trim().charAt(0).toUpperCase());
    // While waiting, the queue card below says so (with the position).
    const sub =
      conv?.status === 'finished'
        ? t('ended')
        : conv?.agentName && conv.status !== 'waiting'
          ? t('serving', { agent: conv.agentName })
          : t('tagline');
    setText(subtitle, sub);
    setText(link, s.link === 'down' ? t('reconnecting') : '');
    show(link, s.link === 'down');
    show(loading, screen === 'loading');
    show(failed, screen === 'failed');
    setText(failedText, s.loadError);
    show(form.el, screen === 'form');
    show(messages.el, screen === 'chat');
    show(composer.el, screen === 'chat');
    if (screen === 'form') form.update();
    if (screen === 'chat') {
      messages.update();
      composer.update();
    }
    call.update();
    setText(badge, unread > 9 ? '9+' : String(unread));
    show(badge, unread > 0 && !opened);
    if (focusWanted && opened && (screen === 'form' || screen === 'chat')) {
      focusWanted = false;
      (screen === 'form' ? form : composer).focus();
    }
  }

  /** `focus`: false when the panel re-opens by itself on the site's next page (no focus theft). */
  function open(focus = true): void {
    if (opened) return;
    opened = true;
    unread = 0;
    focusWanted = focus;
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    save('session', openKey, '1');
    void chat.ensureSession().catch(() => undefined);
    update();
    messages.toBottom();
    if (focusWanted) panel.focus();
    events.emit('open', undefined);
  }

  function close(): void {
    if (!opened) return;
    const hadFocus = root.activeElement !== null;
    opened = false;
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    save('session', openKey, null);
    if (hadFocus) launcher.focus();
    update();
    events.emit('close', undefined);
  }

  panel.tabIndex = -1;
  launcher.addEventListener('click', () => open());
  closeBtn.addEventListener('click', close);
  retry.addEventListener('click', () => void chat.ensureSession().catch(() => undefined));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  });
  events.on('message', () => {
    if (!opened) unread++;
  });
  chat.subscribe(update);
  update();
  // The panel stays open across the site's pages, as the visitor left it.
  if (load('session', openKey)) open(false);
  return { open: () => open(), close, isOpen: () => opened };
}
