// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Chat } from '../chat';
import { VisitorCall } from '../call';
import { translator } from '../i18n';
import { createCallView } from './call-view';

// SPEC VOX-06 (a): "Ligar" only where the channel allows calls and the chat's link is up; a visitor
// who refuses the microphone is told so, and nothing reaches the server.

function fakeChat(voice: boolean) {
  const startCall = vi.fn(async () => ({ error: { code: 'CALL_MEDIA_FAILED' } }));
  const chat = {
    state: { voice: voice ? { iceServers: [] } : null, link: 'up' },
    link: { signalling: { startCall, hangupCall: vi.fn(), sendDtmf: vi.fn() } },
    changed: vi.fn(),
  } as unknown as Chat & { call: VisitorCall };
  chat.call = new VisitorCall(chat);
  return { chat, startCall, sendDtmf: (chat.link.signalling as unknown as { sendDtmf: ReturnType<typeof vi.fn> }).sendDtmf };
}

afterEach(() => vi.unstubAllGlobals());

describe('the widget call view', () => {
  it('offers "Ligar" only when the channel allows voice calls', () => {
    for (const voice of [true, false]) {
      const { chat } = fakeChat(voice);
      const view = createCallView(chat, translator('pt-BR'));
      view.update();
      expect(view.button.getAttribute('aria-label')).toBe('Ligar');
      expect(view.button.hidden).toBe(!voice);
      expect((view.el as HTMLElement).hidden).toBe(true);
    }
  });

  it('says the microphone is needed when the visitor refuses it, and calls nobody', async () => {
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) } });
    const { chat, startCall } = fakeChat(true);
    const view = createCallView(chat, translator('pt-BR'));
    await chat.call.start();
    view.update();
    expect(chat.call.phase).toBe('idle');
    expect(view.el.textContent).toContain('Permita o uso do microfone para ligar.');
    expect(view.button.hidden).toBe(false); // they may try again
    expect(startCall).not.toHaveBeenCalled();
  });

  it('shows "Em chamada" with the talk time once the agent answers, and "Desligar" hangs up', () => {
    const { chat } = fakeChat(true);
    const view = createCallView(chat, translator('en'));
    chat.call.phase = 'talking';
    chat.call.answeredAt = Date.now() - 12_400;
    view.update();
    expect(view.el.textContent).toContain('In call 00:12');
    expect(view.button.hidden).toBe(true);
    (view.el.querySelector('.hangup') as HTMLButtonElement).click();
    expect(chat.call.phase).toBe('idle');
    view.update(); // stops the talk-time clock
  });

  it('opens a keypad while talking whose keys reach the agent in the order pressed (VOX-02)', () => {
    vi.stubGlobal('AudioContext', undefined); // no tones in this test browser
    const { chat, sendDtmf } = fakeChat(true);
    const view = createCallView(chat, translator('pt-BR'));
    const toggle = view.el.querySelector('.keypad-toggle') as HTMLButtonElement;
    const keypad = view.el.querySelector('.call-keypad') as HTMLElement;
    chat.call.phase = 'ringing';
    view.update();
    expect(toggle.hidden).toBe(true); // nobody to hear keys yet
    chat.call.phase = 'talking';
    (chat.call as unknown as { callId: string }).callId = 'call-1';
    view.update();
    expect(keypad.hidden).toBe(true);
    toggle.click();
    expect(keypad.hidden).toBe(false);
    expect(toggle.textContent).toBe('Teclado');
    for (const key of ['5', '#', '0']) (keypad.querySelector(`[aria-label="Tecla ${key}"]`) as HTMLButtonElement).click();
    expect(sendDtmf.mock.calls).toEqual([
      ['call-1', '5'],
      ['call-1', '#'],
      ['call-1', '0'],
    ]);
    chat.call.hangup();
    view.update();
    expect(keypad.hidden).toBe(true);
  });
});
