// @vitest-environment happy-dom
import type { AttendanceSummary, Channel, ChannelCapabilities, MessageTemplate } from '@atende/shared';
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { workspaceKeys } from '../../admin/workspace-api';
import { attendanceKeys } from '../api';
import { Composer } from './Composer';
import { byLabel, clear, render, testQueryClient } from './test-render';

// SPEC CH-02: the composer on a WhatsApp attendance — the time left in the 24-hour window, the
// approved templates once it is over, and files the channel cannot send refused before upload.

const NOW = Date.parse('2026-03-10T15:00:00.000Z');
const H = 3_600_000;
const channelId = '00000000-0000-4000-8000-00000000c001';
const MB = 1024 * 1024;

const capabilities: ChannelCapabilities = {
  outboundMedia: [{ kind: 'image', mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB }],
  replyWindowHours: 24,
  receipts: true,
  templates: true,
  webhook: true,
  registerWebhook: false,
  typingIndicator: false,
};
const channel: Channel = {
  id: channelId,
  name: 'WhatsApp Vendas',
  type: 'whatsapp',
  queueId: '00000000-0000-4000-8000-00000000q001'.replace('q', '0'),
  token: 'tok',
  active: true,
  preChat: null,
  voiceQueueId: null,
  settings: {},
  secrets: {},
  webhookUrl: null,
  capabilities,
};
const templates: MessageTemplate[] = [
  { name: 'pedido_enviado', language: 'pt_BR', category: 'UTILITY', body: 'Olá {{1}}, seu pedido {{2}} saiu.', params: 2 },
];

const attendance = (lastContactMessageAt: string | null): AttendanceSummary => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  code: 7,
  protocol: null,
  status: 'in_progress',
  channelId,
  channelType: 'whatsapp',
  queueId: null,
  assigneeId: null,
  personId: null,
  personName: null,
  contact: {},
  lastSeq: 1,
  unread: 0,
  createdAt: new Date(NOW - 30 * H).toISOString(),
  enqueuedAt: new Date(NOW - 30 * H).toISOString(),
  assignedAt: null,
  lastMessageAt: lastContactMessageAt,
  lastContactMessageAt,
  finishedAt: null,
  closingClassification: null,
  closingComment: null,
  rating: null,
});

function show(lastContactMessageAt: string | null): HTMLElement {
  const queryClient = testQueryClient();
  queryClient.setQueryData(workspaceKeys.channels, { items: [channel] });
  queryClient.setQueryData(attendanceKeys.templates(channelId), { items: templates });
  return render(<Composer attendance={attendance(lastContactMessageAt)} />, queryClient);
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await i18n.changeLanguage('pt-BR');
});
afterAll(() => vi.useRealTimers());
afterEach(clear);

describe('Composer on a channel with a reply window', () => {
  it('shows the time left while the window is open', () => {
    const el = show(new Date(NOW - (20 * H + 48 * 60_000)).toISOString());
    expect(el.textContent).toContain('Janela de atendimento: 3 h 12 min restantes');
    expect(byLabel(el, 'Mensagem')).not.toBeNull();
  });

  it('offers approved templates instead of the text box once it closed', () => {
    const el = show(new Date(NOW - 25 * H).toISOString());
    expect(el.textContent).toContain('A janela de 24 horas fechou. Envie um modelo aprovado.');
    expect(byLabel(el, 'Mensagem')).toBeNull();
    expect([...el.querySelectorAll('label')].some((l) => l.textContent?.startsWith('Escolha um modelo'))).toBe(true);
  });

  it('lets the agent still write an internal note after it closed', () => {
    const el = show(null);
    const note = [...el.querySelectorAll('input[type="checkbox"]')].find((i) => i.closest('label, div')?.textContent?.includes('Nota interna'));
    act(() => (note as HTMLInputElement).click());
    expect(byLabel(el, 'Mensagem')).not.toBeNull();
  });

  it('refuses a file the channel cannot send, before uploading it', () => {
    const el = show(new Date(NOW - H).toISOString());
    const input = el.ownerDocument.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.accept).toBe('image/jpeg,image/png');
    const gif = new File(['GIF89a'], 'anim.gif', { type: 'image/gif' });
    Object.defineProperty(input, 'files', { value: [gif], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Este canal não envia arquivos deste tipo.');
  });
});
