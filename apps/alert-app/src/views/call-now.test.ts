// @vitest-environment happy-dom
import { BrowserCall } from '@atende/shared/browser-call';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n';
import { callNowView } from './call-now';

// SPEC ALR-03: on a desktop browser (no dialer) "Ligar pelo navegador" calls the team's voice
// queue when one is set; a refused microphone is told and reaches nobody.

function setup(callQueueId: string | null) {
  const startCall = vi.fn(async () => ({ error: { code: 'CALL_MEDIA_FAILED' } }));
  const call = new BrowserCall({ signalling: () => ({ startCall, hangupCall: vi.fn() }), iceServers: () => [], changed: () => panel.update() });
  const panel = callNowView(translator('pt-BR'), { serviceNumber: '+55 11 4000-0000', callQueueId, call }, () => {});
  document.body.replaceChildren(panel.el);
  return { call, panel, startCall };
}

const browserButton = () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Ligar pelo navegador');

afterEach(() => vi.unstubAllGlobals());

describe('"Ligar pelo navegador"', () => {
  it('is offered on a desktop browser only when the team has a voice queue', () => {
    setup(null);
    expect(browserButton()).toBeUndefined();
    expect(document.body.textContent).toContain('+55 11 4000-0000');
    setup('queue-1');
    expect(browserButton()?.disabled).toBe(false);
  });

  it('says the microphone is needed when it is refused, and calls nobody', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      mediaDevices: { getUserMedia: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) },
    });
    const { call, startCall } = setup('queue-1');
    await call.start();
    expect(document.body.textContent).toContain('Permita o uso do microfone para ligar.');
    expect(browserButton()?.hidden).toBe(false);
    expect(startCall).not.toHaveBeenCalled();
  });

  it('shows "Em chamada" with the talk time once answered, and "Desligar" ends the call', () => {
    const { call, panel } = setup('queue-1');
    call.phase = 'talking';
    call.answeredAt = Date.now() - 12_400;
    panel.update();
    expect(document.body.textContent).toContain('Em chamada 00:12');
    expect(browserButton()?.hidden).toBe(true);
    (document.querySelector('.hangup') as HTMLButtonElement).click();
    expect(call.phase).toBe('idle');
    expect(browserButton()?.hidden).toBe(false);
    panel.dispose();
  });
});
