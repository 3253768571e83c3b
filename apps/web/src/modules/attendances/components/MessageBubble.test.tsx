// @vitest-environment happy-dom
import type { Message } from '@atende/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../app/i18n';
import { MessageBubble } from './MessageBubble';
import { byLabel, clear, render } from './test-render';

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

const show = (message: Partial<Message>) => render(<MessageBubble message={{ ...base, ...message }} contactName="Ana" />);

beforeAll(async () => {
  await i18n.changeLanguage('pt-BR');
});
afterEach(clear);

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

  it('shows no tick on a note', () => {
    const el = show({ ...agent, internal: true, delivery: { status: 'sent', error: null } });
    expect(byLabel(el, 'Enviada')).toBeNull();
  });
});
