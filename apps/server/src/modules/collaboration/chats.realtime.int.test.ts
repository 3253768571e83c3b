import { randomUUID } from 'node:crypto';
import type { AlertView, ConsolePushes } from '@atende/shared';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Change = ConsolePushes['chat.changed'];

// SPEC ALR-04: 'chat.changed' reaches each member's consoles, and no one else's.
describe('Conversas live', () => {
  let t: TestApp;
  let url: string;
  let supervisor: Session;
  let agent: Session;
  let agent2: Session;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    agent2 = await t.login('agente2@demo.local');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  /** A console of `who`, with every 'chat.changed' it receives. */
  const consoleOf = async (who: Session) => {
    const socket = socketFor(url, who.cookie);
    sockets.push(socket);
    const seen: Change[] = [];
    socket.on('chat.changed', (c: Change) => seen.push(c));
    await nextEvent(socket, 'connect');
    /** The next change of this chat (and kind), already received or still to come. */
    const next = (chatId: string, kind: Change['kind']) =>
      new Promise<Change>((resolve) => {
        const found = seen.find((c) => c.chatId === chatId && c.kind === kind);
        if (found) return resolve(found);
        const on = (c: Change) => {
          if (c.chatId !== chatId || c.kind !== kind) return;
          socket.off('chat.changed', on);
          resolve(c);
        };
        socket.on('chat.changed', on);
      });
    return { seen, next };
  };

  it('a message is pushed to the members; an outsider hears nothing of it', async () => {
    const [sup, ag, out] = [await consoleOf(supervisor), await consoleOf(agent), await consoleOf(agent2)];
    const chat = (
      await supervisor.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'group', name: 'Ao vivo', memberIds: [agent.me.id] } })
    ).json();
    await ag.next(chat.id, 'chat');
    const sent = (await supervisor.inject({ method: 'POST', url: `/api/chats/${chat.id}/messages`, payload: { body: 'Olá' } })).json();
    expect(await ag.next(chat.id, 'message')).toEqual({ chatId: chat.id, kind: 'message', messageId: sent.id });
    await sup.next(chat.id, 'message');
    // The outsider's own chat arrives after anything about the group would have.
    const own = (await agent2.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'group', name: 'Só meu', memberIds: [] } })).json();
    await out.next(own.id, 'chat');
    expect(out.seen.filter((c) => c.chatId === chat.id)).toEqual([]);
  });

  it('an alert card is pushed to the team’s members as it arrives and as it changes', async () => {
    const ag = await consoleOf(agent);
    const org = await t.orgId('demo');
    const admin = await t.login('admin@demo.local');
    const teamId = ((await admin.inject({ url: '/api/teams' })).json().items as { id: string; name: string }[]).find(
      (x) => x.name === 'Equipe de Alertas',
    )!.id;
    const alert: AlertView = {
      id: randomUUID(),
      level: 'green',
      levelText: 'Preciso de orientação',
      state: 'new',
      appUser: { id: randomUUID(), name: 'Joana Usuária', cpf: '529.982.247-25', phone: null },
      teamId,
      location: null,
      firedAt: new Date().toISOString(),
      createdAt: new Date().toISOString(),
      receivedAt: null,
      assignee: null,
      closedAt: null,
      closingNote: null,
      hasVoiceNote: false,
    };
    const emit = (type: 'alert.fired' | 'alert.changed', a: AlertView) =>
      t.app.platform.tenant.inTenant(org, null, (s) => t.app.platform.events.emit(s, type, { alert: a }));
    await emit('alert.fired', alert);
    await t.settle(); // the listener has posted the card (and created the group)
    const chatId = ((await agent.inject({ url: '/api/chats' })).json().chats as { id: string; kind: string }[]).find(
      (c) => c.kind === 'alert_team',
    )!.id;
    const posted = await ag.next(chatId, 'message');
    await emit('alert.changed', { ...alert, state: 'in_progress', assignee: { id: agent.me.id, name: 'Alice Agente' } });
    expect(await ag.next(chatId, 'message_updated')).toEqual({ chatId, kind: 'message_updated', messageId: posted.messageId });
  });
});
