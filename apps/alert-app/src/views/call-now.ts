import { callClock, type BrowserCall } from '@atende/shared/browser-call';
import { startCountdown, type Countdown } from '../countdown';
import { canDial, openDialer, telUrl } from '../dialer';
import { h } from '../dom';
import type { Translate } from '../i18n';

// SPEC ALR-03: after a yellow or red alert, "Ligar Agora!" dials the team's service number; the
// dialer opens by itself after 10 seconds unless the user cancels. Browsers without a dialer get
// "Ligar pelo navegador" instead when the team has a voice queue: the built-in WebRTC call
// (VOX-06a) to that queue, "Chamando…" → "Em chamada 00:12" with "Desligar".

export const AUTO_DIAL_SECONDS = 10;

export type CallPanel = { el: HTMLElement; update(): void; dispose(): void };

export type CallNowOptions = { serviceNumber: string | null; callQueueId: string | null; call: BrowserCall };

export function callNowView(t: Translate, opts: CallNowOptions, close: () => void): CallPanel {
  const url = telUrl(opts.serviceNumber);
  let stop = () => {};
  const dispose = () => stop();
  const closeButton = h('button', { type: 'button', class: 'secondary', onclick: () => (dispose(), close()) }, t('close'));
  const section = (...children: (Node | null)[]) => h('section', { class: 'call', 'aria-label': t('callNow') }, ...children);
  const intro = url ? h('p', {}, t('callIntro', { number: opts.serviceNumber ?? '' })) : null;

  if (!canDial() && opts.callQueueId) return browserCallPanel(t, opts.call, section, intro, close);
  if (!url || !canDial()) {
    return { el: section(intro ?? h('p', {}, t('callNoNumber')), closeButton), update: () => {}, dispose };
  }

  const status = h('p', { class: 'countdown', role: 'status' });
  const cancel = h('button', { type: 'button', class: 'secondary' }, t('cancel'));
  const link = h('a', { class: 'call-button', href: url }, t('callNow'));
  // The link dials by itself; stop the countdown so the dialer does not open a second time.
  link.addEventListener('click', () => {
    countdown.cancel();
    status.textContent = '';
    cancel.hidden = true;
  });
  cancel.addEventListener('click', () => {
    countdown.cancel();
    status.textContent = '';
    cancel.hidden = true;
  });
  const countdown: Countdown = startCountdown({
    seconds: AUTO_DIAL_SECONDS,
    tick: (n) => (status.textContent = t('callCountdown', { n })),
    done: () => {
      status.textContent = '';
      cancel.hidden = true;
      openDialer(url);
    },
  });
  stop = () => countdown.cancel();
  return { el: section(intro, link, status, cancel, closeButton), update: () => {}, dispose };
}

/** ALR-03 "Ligar pelo navegador": the call's button, its state and "Desligar"; closing hangs up. */
function browserCallPanel(
  t: Translate,
  call: BrowserCall,
  section: (...children: (Node | null)[]) => HTMLElement,
  intro: HTMLElement | null,
  close: () => void,
): CallPanel {
  const button = h('button', { type: 'button', class: 'call-button', onclick: () => void call.start() }, t('callBrowser'));
  const status = h('p', { class: 'call-status', role: 'status', 'aria-live': 'polite' });
  const hangup = h('button', { type: 'button', class: 'hangup', onclick: () => call.hangup() }, t('hangup'));
  const error = h('p', { class: 'call-error', role: 'alert' });
  const closeButton = h('button', { type: 'button', class: 'secondary', onclick: () => (call.hangup(), close()) }, t('close'));
  let ticker: ReturnType<typeof setInterval> | undefined;

  function update(): void {
    const idle = call.phase === 'idle';
    button.hidden = !idle;
    hangup.hidden = idle;
    status.textContent = idle ? '' : call.phase === 'talking' ? t('inCall', { time: callClock(Date.now() - call.answeredAt) }) : t('calling');
    error.textContent = call.error ? t(call.error) : '';
    error.hidden = !call.error;
    if (call.phase === 'talking' && !ticker) ticker = setInterval(update, 1000);
    if (call.phase !== 'talking' && ticker) ticker = void clearInterval(ticker);
  }
  update();
  return {
    el: section(intro, button, status, hangup, error, closeButton),
    update,
    dispose: () => (ticker = void clearInterval(ticker)),
  };
}
