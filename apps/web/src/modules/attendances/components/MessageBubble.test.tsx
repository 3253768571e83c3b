// @vitest-environment happy-dom
import type { Message } from '@atende/shared';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { attendanceKeys, type AttendanceDetail } from '../api';
import { MessageBubble } from './MessageBubble';
import { byLabel, clear, render, testQueryClient } from './test-render';

// SPEC ATT-05, CH-02, CH-03: what the agent reads for each kind of message a channel carries.

const base: Message = {
  id: '00000000-0000-4000-8000-000000000001',
  attendanceId: '00000000-0000-4000-8000-0000000000aa',
  seq: 1,
  authorKind: 'contact',
  authorId: null,
  authorName: null,
  internal: false,
  body: '',
  attachment: null,
  clientId: null,
  createdAt: '2026-03-10T12:00:00.000Z',
  kind: 'text',
  content: null,
  delivery: null,
  reactions: [],
  editedAt: null,
};
const attachment = { id: '00000000-0000-4000-8000-0000000000f1', fileName: 'nota.ogg', contentType: 'audio/ogg', size: 2048 };

const show = (message: Partial<Message>, canResend = true) =>
  render(<MessageBubble message={{ ...base, ...message }} contactName="Ana" canResend={canResend} />);

beforeAll(async () => {
  await i18n.changeLanguage('pt-BR');
});
afterEach(() => {
  clear();
  vi.unstubAllGlobals();
});

describe('MessageBubble by kind', () => {
  it('plays a voice note and says what it is', () => {
    const el = show({ kind: 'voice', attachment, content: { media: { status: 'ready' } } });
    expect(el.textContent).toContain('Mensagem de voz');
    expect(el.querySelector('audio')?.getAttribute('src')).toBe(`/api/attendances/${base.attendanceId}/attachments/${attachment.id}`);
  });

  it('tells when the media is still downloading or could not be downloaded', () => {
    expect(show({ kind: 'image', content: { media: { status: 'pending' } } }).textContent).toContain('Baixando mídia…');
    expect(show({ kind: 'video', content: { media: { status: 'failed' } } }).textContent).toContain('Não foi possível baixar a mídia');
  });

  it('links a shared location to the map with its name and address', () => {
    const el = show({ kind: 'location', content: { location: { latitude: -23.5, longitude: -46.6, name: 'Loja Centro', address: 'Rua A, 10' } } });
    const link = el.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.openstreetmap.org/?mlat=-23.500000&mlon=-46.600000#map=16/-23.500000/-46.600000');
    expect(el.textContent).toContain('Loja Centro');
    expect(el.textContent).toContain('Rua A, 10');
  });

  it('shows a shared contact as a card, the chosen option and what it cannot show', () => {
    const card = show({ kind: 'contacts', content: { contacts: [{ name: 'Bruno', phones: ['+55 11 90000-0000'], emails: ['b@x.com'] }] } });
    expect(byLabel(card, 'Contato compartilhado: Bruno')?.textContent).toContain('+55 11 90000-0000');
    expect(show({ kind: 'interactive', body: 'Sim', content: { reply: { id: 'yes', title: 'Sim, confirmo' } } }).textContent).toContain(
      'Resposta: Sim, confirmo',
    );
    expect(show({ kind: 'unsupported', content: { providerType: 'poll' } }).textContent).toContain('Mensagem não suportada (poll)');
  });

  it('marks an edited message and lists its reactions', () => {
    const el = show({ body: 'Novo texto', editedAt: '2026-03-10T12:01:00.000Z', reactions: [{ emoji: '👍', authorKind: 'agent' }] });
    expect(el.textContent).toContain('(editada)');
    expect(byLabel(el, '👍: 1 reação')).not.toBeNull();
  });
});

describe('MessageBubble delivery', () => {
  const agent = { authorKind: 'agent' as const, authorName: 'Carla', body: 'Olá' };

  it('names each tick for screen readers', () => {
    expect(byLabel(show({ ...agent, delivery: { status: 'read', error: null } }), 'Lida')).not.toBeNull();
    expect(byLabel(show({ ...agent, delivery: { status: 'pending', error: null } }), 'Enviando')).not.toBeNull();
  });

  it('says why it was not delivered and offers "Reenviar"', () => {
    const el = show({ ...agent, delivery: { status: 'failed', error: { code: '131047', title: 'Fora da janela' } } });
    expect(el.textContent).toContain('Não entregue: Fora da janela (131047)');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent === 'Reenviar')).toBe(true);
  });

  it('says Atende’s own reasons in the user’s language, the technical cause after them', async () => {
    const unanswered = { ...agent, delivery: { status: 'failed' as const, error: { code: 'network', title: 'connect ECONNREFUSED 127.0.0.1:443' } } };
    expect(show(unanswered).textContent).toContain('Não entregue: o provedor não respondeu (connect ECONNREFUSED 127.0.0.1:443)');
    const slow = { ...agent, delivery: { status: 'failed' as const, error: { code: 'timeout', title: 'The operation was aborted due to timeout' } } };
    await i18n.changeLanguage('en');
    try {
      expect(show(slow).textContent).toContain('Not delivered: the provider took too long to answer (The operation was aborted due to timeout)');
    } finally {
      await i18n.changeLanguage('pt-BR');
    }
  });

  it('"Reenviar" puts the message back on its way', async () => {
    const failed: Message = { ...base, ...agent, delivery: { status: 'failed', error: { code: '131026', title: 'Não entregável' } } };
    const again: Message = { ...failed, delivery: { status: 'pending', error: null } };
    const fetch = vi.fn(async () => new Response(JSON.stringify(again), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const queryClient = testQueryClient();
    const key = attendanceKeys.detail(base.attendanceId);
    queryClient.setQueryData(key, {
      attendance: { id: base.attendanceId },
      messages: [failed],
      events: [],
      queuePosition: null,
    } as unknown as AttendanceDetail);
    const el = render(<MessageBubble message={failed} contactName="Ana" canResend />, queryClient);
    await act(async () => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Reenviar')!.click());
    await vi.waitFor(() => expect(queryClient.getQueryData<AttendanceDetail>(key)?.messages[0]!.delivery?.status).toBe('pending'));
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe(`/api/attendances/${base.attendanceId}/messages/${base.id}/resend`);
  });

  it('offers no "Reenviar" in a transcript the agent cannot act on', () => {
    const el = show({ ...agent, delivery: { status: 'failed', error: { code: '131047', title: 'Fora da janela' } } }, false);
    expect(el.textContent).toContain('Não entregue');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent === 'Reenviar')).toBe(false);
  });

  it('shows no tick on a note', () => {
    const el = show({ ...agent, internal: true, delivery: { status: 'sent', error: null } });
    expect(byLabel(el, 'Enviada')).toBeNull();
  });
});
