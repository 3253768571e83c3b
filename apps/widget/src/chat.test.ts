// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type Api } from './api';
import { Chat } from './chat';
import { Emitter } from './emitter';
import { translator } from './i18n';
import type { LiveHandlers } from './live';
import type { ContactState, Message } from './types';

// The live link is replaced by a handle on its handlers: the tests play the server's pushes.
const live = vi.hoisted(() => ({ handlers: null as LiveHandlers | null, opened: 0, closed: 0 }));
vi.mock('./live', () => ({
  openLive: (_o: string, _c: string, _v: string, h: LiveHandlers) => {
    live.handlers = h;
    live.opened++;
    return { typing: () => undefined, kick: () => undefined, close: () => live.closed++ };
  },
}));

const ATT = '00000000-0000-4000-8000-000000000001';
const msg = (seq: number, authorKind: Message['authorKind'] = 'agent', body = `m${seq}`, clientId: string | null = null): Message => ({
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  attendanceId: ATT,
  seq,
  authorKind,
  authorId: null,
  authorName: authorKind === 'agent' ? 'Alice Agente' : null,
  internal: false,
  body,
  attachment: null,
  clientId,
  createdAt: '2026-03-01T12:00:00Z',
  kind: 'text',
  content: null,
  delivery: null,
  reactions: [],
  editedAt: null,
});
const state = (over: Partial<ContactState> = {}): ContactState => ({
  attendanceId: ATT,
  status: 'in_progress',
  protocol: null,
  queuePosition: null,
  agentName: 'Alice Agente',
  surveyToken: null,
  lastSeq: 0,
  ...over,
});

/** A server holding a conversation's messages; the fake API answers from it. */
function fakeServer(initial: Message[]) {
  const stored = [...initial];
  let offline = false;
  const calls: string[] = [];
  // The conversation's state on the server; the catch-up answers it with the messages.
  const current = { state: state({ lastSeq: initial.length }) };
  const api = {
    session: vi.fn(async () => ({
      visitorToken: 'v'.repeat(40),
      channel: { name: 'WebChat', preChat: { fields: ['name'], required: ['name'] } },
      profile: {},
      conversation: state({ lastSeq: initial.length }),
      messages: [...initial],
    })),
    catchUp: vi.fn(async (after: number) => {
      calls.push(`after:${after}`);
      if (offline) throw new ApiError('NETWORK', 0, 'Failed to fetch');
      return {
        items: stored.filter((m) => m.seq > after),
        conversation: { ...current.state, lastSeq: Math.max(current.state.lastSeq, stored.length) },
      };
    }),
    send: vi.fn(async (body: string, clientId: string) => {
      if (offline) throw new ApiError('NETWORK', 0, 'Failed to fetch');
      const existing = stored.find((m) => m.clientId === clientId);
      if (existing) return existing;
      const m = msg(stored.length + 1, 'contact', body, clientId);
      stored.push(m);
      return m;
    }),
  };
  return {
    api: api as unknown as Api,
    raw: api,
    stored,
    calls,
    current,
    setOffline: (v: boolean) => (offline = v),
    add: (m: Message) => (stored.push(m), m),
  };
}

async function started(server: ReturnType<typeof fakeServer>) {
  const events = new Emitter();
  const heard: Message[] = [];
  events.on('message', (m) => heard.push(m));
  const chat = new Chat({ api: server.api, origin: 'http://atende.test', channelToken: 'canal-teste', t: translator('pt-BR'), events });
  await chat.ensureSession();
  return { chat, heard };
}
const settle = () => new Promise((r) => setTimeout(r, 0));
const seqs = (chat: Chat) => chat.state.timeline.items.map((m) => m.seq);

beforeEach(() => {
  live.handlers = null;
  localStorage.clear();
});

describe('Chat', () => {
  it('resumes the conversation from the session, opens the live link, and announces nothing old', async () => {
    const server = fakeServer([msg(1, 'contact'), msg(2)]);
    const { chat, heard } = await started(server);
    expect(seqs(chat)).toEqual([1, 2]);
    expect(chat.screen).toBe('chat');
    expect(live.handlers).not.toBeNull();
    expect(localStorage.getItem('atende:canal-teste:visitor')).toBe('v'.repeat(40));
    expect(heard).toEqual([]);
  });

  it('fetches what it missed on every connect and when a live message skips seqs; each message once, in order', async () => {
    const server = fakeServer([msg(1, 'contact')]);
    const { chat, heard } = await started(server);
    // Two agent replies while the link was down; then the link comes back.
    server.add(msg(2));
    server.add(msg(3));
    live.handlers!.connected();
    await settle();
    expect(server.calls).toEqual(['after:1']);
    expect(seqs(chat)).toEqual([1, 2, 3]);
    // Pushes arriving late or twice change nothing; a skip (5 before 4) fetches from 3.
    live.handlers!.message(msg(3));
    server.add(msg(4));
    live.handlers!.message(server.add(msg(5)));
    await settle();
    expect(server.calls).toEqual(['after:1', 'after:3']);
    expect(seqs(chat)).toEqual([1, 2, 3, 4, 5]);
    // Announced once each (in the order they reached the widget; the list is what is sorted).
    expect(heard.map((m) => m.seq).sort()).toEqual([2, 3, 4, 5]);
  });

  // The widget said "Aguardando atendimento" until a reload when the offer's push was missed.
  it('takes the state from the catch-up: offered and answered while the link was down, it names the agent', async () => {
    const server = fakeServer([msg(1, 'contact')]);
    server.current.state = state({ status: 'waiting', agentName: null, queuePosition: 1, lastSeq: 1 });
    const events = new Emitter();
    const states: ContactState[] = [];
    events.on('state', (st) => states.push(st));
    const chat = new Chat({ api: server.api, origin: 'http://atende.test', channelToken: 'canal-teste', t: translator('pt-BR'), events });
    await chat.ensureSession();
    chat.adopt(server.current.state);
    expect(chat.state.conversation).toMatchObject({ status: 'waiting', queuePosition: 1 });
    server.current.state = state({ status: 'in_progress', agentName: 'Alice Agente', queuePosition: null, protocol: '2026-0000000001', lastSeq: 3 });
    server.add(msg(2, 'system', JSON.stringify({ code: 'protocol', protocol: '2026-0000000001' })));
    server.add(msg(3));
    live.handlers!.connected();
    await vi.waitFor(() => expect(chat.state.conversation).toMatchObject({ status: 'in_progress', agentName: 'Alice Agente', queuePosition: null }));
    expect(seqs(chat)).toEqual([1, 2, 3]);
    // A catch-up that brings no news tells the site nothing.
    const heard = states.length;
    live.handlers!.connected();
    await settle();
    expect(states.length).toBe(heard);
  });

  it('keeps sends made offline and delivers each once, in order, when the link is back', async () => {
    const server = fakeServer([]);
    const { chat } = await started(server);
    server.setOffline(true);
    chat.outbox.send('primeira');
    await settle();
    chat.outbox.send('segunda');
    await settle();
    expect(chat.state.pending.map((p) => [p.body, p.status])).toEqual([
      ['primeira', 'queued'],
      ['segunda', 'queued'],
    ]);
    server.setOffline(false);
    live.handlers!.connected();
    await vi.waitFor(() => expect(chat.state.pending).toEqual([]));
    expect(server.stored.map((m) => m.body)).toEqual(['primeira', 'segunda']);
    // The server's own echo of a send changes nothing.
    live.handlers!.message(server.stored[0]!);
    expect(chat.state.timeline.items.map((m) => m.body)).toEqual(['primeira', 'segunda']);
  });

  it('marks a send the server refuses as not sent, and goes on with the next', async () => {
    const server = fakeServer([]);
    server.raw.send.mockRejectedValueOnce(new ApiError('ATT_FINISHED', 409, 'Este atendimento já foi finalizado.'));
    const { chat } = await started(server);
    chat.outbox.send('recusada');
    chat.outbox.send('aceita');
    await vi.waitFor(() => expect(chat.state.pending.map((p) => p.status)).toEqual(['failed']));
    expect(chat.state.pending[0]).toMatchObject({ body: 'recusada', error: 'Este atendimento já foi finalizado.' });
    expect(server.stored.map((m) => m.body)).toEqual(['aceita']);
  });

  it('catches up when a state says there is more; finished closes the link; "Nova conversa" forgets it for good', async () => {
    const server = fakeServer([msg(1, 'contact')]);
    const { chat } = await started(server);
    server.add(msg(2, 'system', JSON.stringify({ code: 'finished', protocol: '2026-0000000001', surveyToken: 'tok' })));
    server.current.state = state({ status: 'finished', lastSeq: 2, protocol: '2026-0000000001' });
    live.handlers!.state(server.current.state);
    await settle();
    expect(seqs(chat)).toEqual([1, 2]);
    expect(live.closed).toBe(1);
    chat.newConversation();
    expect(chat.screen).toBe('form');
    live.handlers!.state(state({ status: 'finished', lastSeq: 2 }));
    expect(chat.state.conversation).toBeNull();
  });
});

describe('Chat errors of the widget limits', () => {
  it('tells the visitor in their language, and does not retry them as if the network were down', async () => {
    const { chat } = await started(fakeServer([]));
    // The server's own message is ignored: the widget's catalogue is the one that follows its language.
    const full = new ApiError('WIDGET_QUEUE_FULL', 429, 'server text');
    expect(chat.describe(full)).toBe('Nossa fila de atendimento está cheia no momento. Tente novamente em alguns minutos.');
    expect(full.transient).toBe(false);
    expect(chat.describe(new ApiError('WIDGET_RATE_LIMITED', 429, 'x'))).toBe(
      'Muitas conversas iniciadas a partir da sua rede. Tente novamente em alguns minutos.',
    );
    expect(chat.describe(new ApiError('WIDGET_UPLOAD_LIMIT', 413, 'x'))).toBe('Limite de envio de arquivos atingido. Tente novamente mais tarde.');
    expect(translator('en')('queueFull')).toBe('Our service queue is full right now. Try again in a few minutes.');
    expect(new ApiError('RATE_LIMITED', 429, 'x').transient).toBe(true);
  });
});
