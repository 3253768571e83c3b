// SPEC VOX-06 (a): "Ligar" in the chat's header when the channel allows calls, and the call's bar
// under it: "Chamando…", "Em chamada 00:12" with "Desligar", or why the call could not start.
// While talking, "Teclado" opens a keypad whose keys reach the agent (VOX-02: an IVR-like menu the
// agent asks for, a code to type).
import { callClock as clock } from '@atende/shared/browser-call';
import type { Chat } from '../chat';
import type { Translate } from '../i18n';
import { h, icon, setText, show } from './dom';

export function createCallView(chat: Chat, t: Translate) {
  const button = h('button', { type: 'button', class: 'icon-btn call', 'aria-label': t('call'), title: t('call') }, icon('phone'));
  const status = h('span', { class: 'call-status' });
  const hangup = h('button', { type: 'button', class: 'hangup' }, t('hangup'));
  const keypadToggle = h('button', { type: 'button', class: 'keypad-toggle', 'aria-expanded': 'false' }, t('keypad'));
  const keys = '123456789*0#'
    .split('')
    .map((key) => h('button', { type: 'button', 'aria-label': t('key', { key }), onclick: () => chat.call.pressKey(key) }, key));
  const keypad = h('div', { class: 'call-keypad', role: 'group', 'aria-label': t('keypad') }, ...keys);
  const error = h('p', { class: 'call-error', role: 'alert' });
  const bar = h('div', { class: 'call-bar', role: 'status', 'aria-live': 'polite' }, status, keypadToggle, hangup);
  const el = h('div', { class: 'call' }, bar, keypad, error);
  let keypadOpen = false;
  let ticker: ReturnType<typeof setInterval> | undefined;

  button.addEventListener('click', () => void chat.call.start());
  hangup.addEventListener('click', () => chat.call.hangup());
  keypadToggle.addEventListener('click', () => {
    keypadOpen = !keypadOpen;
    update();
  });

  function update(): void {
    const call = chat.call;
    show(button, call.phase === 'idle' && call.available);
    show(bar, call.phase !== 'idle');
    if (call.phase !== 'talking') keypadOpen = false;
    show(keypadToggle, call.phase === 'talking');
    keypadToggle.setAttribute('aria-expanded', String(keypadOpen));
    show(keypad, keypadOpen);
    setText(status, call.phase === 'talking' ? t('inCall', { time: clock(Date.now() - call.answeredAt) }) : t('calling'));
    setText(error, call.error ? t(call.error) : '');
    show(error, Boolean(call.error));
    show(el, call.phase !== 'idle' || Boolean(call.error));
    if (call.phase === 'talking' && !ticker) ticker = setInterval(update, 1000);
    if (call.phase !== 'talking' && ticker) ticker = void clearInterval(ticker);
  }

  return { button, el, update };
}
