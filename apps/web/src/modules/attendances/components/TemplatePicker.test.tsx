// @vitest-environment happy-dom
import type { Message, MessageTemplate } from '@atende/shared';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { attendanceKeys, type AttendanceDetail } from '../api';
import { TemplatePicker } from './TemplatePicker';
import { clear, render, testQueryClient } from './test-render';

// SPEC CH-02: choosing an approved template, filling its variables, previewing and sending it.

const attendanceId = '00000000-0000-4000-8000-0000000000aa';
const channelId = '00000000-0000-4000-8000-00000000c001';
const templates: MessageTemplate[] = [
  { name: 'pedido_enviado', language: 'pt_BR', category: 'UTILITY', body: 'Olá {{1}}, seu pedido {{2}} saiu.', params: 2 },
];
const stored: Message = {
  id: '00000000-0000-4000-8000-000000000002',
  attendanceId,
  seq: 2,
  authorKind: 'agent',
  authorId: null,
  authorName: 'Carla',
  internal: false,
  body: 'Olá Ana, seu pedido #123 saiu.',
  attachment: null,
  clientId: 'c'.repeat(32),
  createdAt: '2026-03-10T15:00:00.000Z',
  kind: 'template',
  content: { template: { name: 'pedido_enviado', language: 'pt_BR', params: ['Ana', '#123'] } },
  delivery: { status: 'pending', error: null },
  reactions: [],
  editedAt: null,
};

beforeAll(async () => {
  await i18n.changeLanguage('pt-BR');
});
afterEach(() => {
  clear();
  vi.unstubAllGlobals();
});

const labelled = (el: HTMLElement, text: string) => {
  const label = [...el.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
  return label ? (el.ownerDocument.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
};

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('TemplatePicker', () => {
  it('fills the variables into the preview and sends the template', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(stored), { status: 201, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const queryClient = testQueryClient();
    queryClient.setQueryData(attendanceKeys.templates(channelId), { items: templates });
    const detail = { attendance: { id: attendanceId, lastSeq: 1 }, messages: [], events: [], queuePosition: null } as unknown as AttendanceDetail;
    queryClient.setQueryData(attendanceKeys.detail(attendanceId), detail);
    const el = render(<TemplatePicker attendanceId={attendanceId} channelId={channelId} />, queryClient);

    const select = labelled(el, 'Escolha um modelo')!;
    act(() => select.click());
    const option = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent === 'pedido_enviado (pt_BR)') as HTMLElement;
    act(() => option.click());

    const send = () => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Enviar modelo')!;
    expect(el.querySelector('[role="note"]')?.textContent).toBe('Olá {{1}}, seu pedido {{2}} saiu.');
    expect(send().disabled).toBe(true);
    type(labelled(el, 'Variável 1')!, 'Ana');
    type(labelled(el, 'Variável 2')!, '#123');
    expect(el.querySelector('[role="note"]')?.textContent).toBe('Olá Ana, seu pedido #123 saiu.');

    await act(async () => send().click());
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/attendances/${attendanceId}/templates`);
    expect(JSON.parse(String(init.body))).toMatchObject({
      name: 'pedido_enviado',
      language: 'pt_BR',
      params: ['Ana', '#123'],
      text: 'Olá Ana, seu pedido #123 saiu.',
    });
    // The stored message joins the conversation at once.
    await vi.waitFor(() => expect(queryClient.getQueryData<AttendanceDetail>(attendanceKeys.detail(attendanceId))?.messages).toHaveLength(1));
  });

  it('says when the channel has no approved template', () => {
    const queryClient = testQueryClient();
    queryClient.setQueryData(attendanceKeys.templates(channelId), { items: [] });
    const el = render(<TemplatePicker attendanceId={attendanceId} channelId={channelId} />, queryClient);
    expect(el.textContent).toContain('Nenhum modelo aprovado neste canal.');
  });
});
