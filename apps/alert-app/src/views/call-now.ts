import { startCountdown, type Countdown } from '../countdown';
import { canDial, openDialer, telUrl } from '../dialer';
import { h } from '../dom';
import type { Translate } from '../i18n';

// SPEC ALR-03: after a yellow or red alert, "Ligar Agora!" dials the team's service number; the
// dialer opens by itself after 10 seconds unless the user cancels. Browsers without a dialer get
// "Ligar pelo navegador" instead, disabled until the built-in WebRTC call (VOX-06a) reaches the app.

export const AUTO_DIAL_SECONDS = 10;

export type CallPanel = { el: HTMLElement; dispose(): void };

export function callNowView(t: Translate, serviceNumber: string | null, close: () => void): CallPanel {
  const url = telUrl(serviceNumber);
  let stop = () => {};
  const dispose = () => stop();
  const closeButton = h('button', { type: 'button', class: 'secondary', onclick: () => (dispose(), close()) }, t('close'));

  if (!url) {
    return { el: h('section', { class: 'call', 'aria-label': t('callNow') }, h('p', {}, t('callNoNumber')), closeButton), dispose };
  }
  const intro = h('p', {}, t('callIntro', { number: serviceNumber ?? '' }));
  if (!canDial()) {
    return {
      el: h(
        'section',
        { class: 'call', 'aria-label': t('callNow') },
        intro,
        h('button', { type: 'button', class: 'call-button', disabled: true, 'aria-describedby': 'call-soon' }, t('callBrowser')),
        h('p', { id: 'call-soon', class: 'hint' }, t('callBrowserSoon')),
        closeButton,
      ),
      dispose,
    };
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
  return { el: h('section', { class: 'call', 'aria-label': t('callNow') }, intro, link, status, cancel, closeButton), dispose };
}
