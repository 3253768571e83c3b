// SPEC VOX-06 (a): "Ligar" in the chat's header when the channel allows calls, and the call's bar
// under it: "Chamando…", "Em chamada 00:12" with "Desligar", or why the call could not start.
import { callClock as clock } from '@atende/shared/browser-call';
import type { Chat } from '../chat';
import type { Translate } from '../i18n';
import { h, icon, setText, show } from './dom';

export function createCallView(chat: Chat, t: Translate) {
  const button = h('button', { type: 'button', class: 'icon-btn call', 'aria-label': t('call'), title: t('call') }, icon('phone'));
  const status = h('span', { class: 'call-status' });
  const hangup = h('button', { type: 'button', class: 'hangup' }, t('hangup'));
  const error = h('p', { class: 'call-error', role: 'alert' });
  const bar = h('div', { class: 'call-bar', role: 'status', 'aria-live': 'polite' }, status, hangup);
  const el = h('div', { class: 'call' }, bar, error);
  let ticker: ReturnType<typeof setInterval> | undefined;

  button.addEventListener('click', () => void chat.call.start());
  hangup.addEventListener('click', () => chat.call.hangup());

  function update(): void {
    const call = chat.call;
    show(button, call.phase === 'idle' && call.available);
    show(bar, call.phase !== 'idle');
    setText(status, call.phase === 'talking' ? t('inCall', { time: clock(Date.now() - call.answeredAt) }) : t('calling'));
    setText(error, call.error ? t(call.error) : '');
    show(error, Boolean(call.error));
    show(el, call.phase !== 'idle' || Boolean(call.error));
    if (call.phase === 'talking' && !ticker) ticker = setInterval(update, 1000);
    if (call.phase !== 'talking' && ticker) ticker = void clearInterval(ticker);
  }

  return { button, el, update };
}
