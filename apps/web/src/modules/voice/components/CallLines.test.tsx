// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { byLabel, clear, render } from '../../attendances/components/test-render';
import { registerSoftphone, type Softphone, type SoftphoneLines } from '../softphone';
import { CallLines } from './CallLines';

// SPEC VOX-06 (b): "Chamadas" — the agent sees the softphone's calls, switches and hangs up each.

function fakePhone(initial: SoftphoneLines) {
  let state = initial;
  const listeners = new Set<() => void>();
  const phone = {
    dial: vi.fn(async () => {}),
    answer: vi.fn(async () => {}),
    hangup: vi.fn(async () => {}),
    lines: () => state,
    onLines: (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    switchLine: vi.fn(async (_id: string) => {}),
    hangupLine: vi.fn(async (_id: string) => {}),
  } satisfies Softphone;
  const change = (next: SoftphoneLines) => {
    state = next;
    act(() => listeners.forEach((l) => l()));
  };
  return { phone, change };
}

const queueCall = { id: 's1', peer: '5511987654321', state: 'answered' as const, held: false };
const consult = { id: 's2', peer: '2002', state: 'calling' as const, held: false };

describe('"Chamadas": several softphone calls at once', () => {
  beforeAll(() => i18n.changeLanguage('pt-BR'));
  afterEach(() => clear());

  it('shows nothing with one call; both calls once a second one starts, the current one marked', () => {
    const { phone, change } = fakePhone({ lines: [queueCall], currentId: 's1' });
    const off = registerSoftphone(phone);
    const el = render(<CallLines />);
    expect(byLabel(el, 'Chamadas')).toBeNull();

    change({ lines: [{ ...queueCall, held: true }, consult], currentId: 's2' });
    const list = byLabel(el, 'Chamadas')!;
    expect(list).not.toBeNull();
    const first = byLabel(list, '5511987654321')!;
    expect(first.textContent).toContain('Em espera');
    expect(byLabel(list, '2002')!.getAttribute('aria-current')).toBe('true');
    expect(byLabel(list, '2002')!.textContent).toContain('Chamando');
    off();
  });

  it('"Alternar" switches to the held call and each call hangs up on its own; in English too', async () => {
    const { phone, change } = fakePhone({
      lines: [
        { ...queueCall, held: true },
        { ...consult, state: 'answered' },
      ],
      currentId: 's2',
    });
    const off = registerSoftphone(phone);
    const el = render(<CallLines />);
    // The current call has no switch button; the held one has.
    expect(byLabel(el, 'Alternar para 2002')).toBeNull();
    act(() => (byLabel(el, 'Alternar para 5511987654321') as HTMLButtonElement).click());
    expect(phone.switchLine).toHaveBeenCalledWith('s1');
    act(() => (byLabel(el, 'Desligar 2002') as HTMLButtonElement).click());
    expect(phone.hangupLine).toHaveBeenCalledWith('s2');

    change({ lines: [queueCall, { ...consult, state: 'answered', held: true }], currentId: 's1' });
    expect(byLabel(el, 'Alternar para 2002')).not.toBeNull();
    expect(byLabel(el, '5511987654321')!.textContent).toContain('Em conversa');

    await act(() => i18n.changeLanguage('en'));
    expect(byLabel(el, 'Calls')).not.toBeNull();
    expect(byLabel(el, 'Switch to 2002')).not.toBeNull();
    await act(() => i18n.changeLanguage('pt-BR'));
    off();
  });
});
