// @vitest-environment happy-dom
import type { Queue } from '@atende/shared';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { clear, render } from '../../attendances/components/test-render';
import { VoiceCallsField } from './VoiceCallsField';

// SPEC VOX-06 (a): "Permitir chamadas de voz" on a WebChat channel turns on with an inbound voice
// queue (never an outbound one or a chat queue) and off as null.

const queue = (id: string, name: string, kind: Queue['kind'], direction: Queue['direction']) =>
  ({ id, name, kind, direction, policy: 'longest_idle', companyId: null, active: true, members: [] }) as unknown as Queue;
const queues = [
  queue('00000000-0000-4000-8000-000000000001', 'Atendimento', 'chat', null),
  queue('00000000-0000-4000-8000-000000000002', 'Vendas', 'voice', 'outbound'),
  queue('00000000-0000-4000-8000-000000000003', 'Suporte', 'voice', 'inbound'),
];
const toggle = (el: HTMLElement) => el.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

beforeAll(async () => {
  await i18n.changeLanguage('pt-BR');
});
afterEach(clear);

describe('"Permitir chamadas de voz"', () => {
  it('turns on with the inbound voice queue and off as null', () => {
    const onChange = vi.fn();
    let el = render(<VoiceCallsField value={null} onChange={onChange} queues={queues} />);
    expect(el.textContent).toContain('Permitir chamadas de voz');
    expect(toggle(el).checked).toBe(false);
    act(() => toggle(el).click());
    expect(onChange).toHaveBeenLastCalledWith(queues[2]!.id);

    el = render(<VoiceCallsField value={queues[2]!.id} onChange={onChange} queues={queues} />);
    expect(toggle(el).checked).toBe(true);
    expect(el.querySelector<HTMLInputElement>('input[value="Suporte"]')).not.toBeNull();
    act(() => toggle(el).click());
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('cannot be turned on without a voice queue to ring', () => {
    const el = render(<VoiceCallsField value={null} onChange={vi.fn()} queues={[queues[0]!]} />);
    expect(toggle(el).disabled).toBe(true);
  });
});
