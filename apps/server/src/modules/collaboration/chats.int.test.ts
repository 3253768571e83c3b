import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { multipart } from '../../../test/uploads.js';

// SPEC ALR-04 "Conversas": group and direct chats among staff, members only, with unread counts,
// mentions and attachments.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type Summary = {
  id: string;
  kind: string;
  name: string;
  unread: number;
  mentioned: boolean;
  members: { name: string }[];
  lastMessage: { body: string } | null;
};

describe('Conversas: group and direct chats', () => {
  let t: TestApp;
  let supervisor: Session;
  let agent: Session;
  let agent2: Session;
  let outra: Session;

  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    agent2 = await t.login('agente2@demo.local');
    outra = await t.login('admin@outra.local');
  });
  afterAll(() => t.close());

  const chatsOf = async (s: Session) => (await s.inject({ url: '/api/chats' })).json().chats as Summary[];
  const unreadOf = async (s: Session) => (await s.inject({ url: '/api/chats/unread' })).json().total as number;

  it('a group: members, messages, unread counts and read marks', async () => {
    const created = await supervisor.inject({
      method: 'POST',
      url: '/api/chats',
      payload: { kind: 'group', name: 'Plantão', memberIds: [agent.me.id] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const chat = created.json() as Summary & { myRole: string };
    expect(chat.myRole).toBe('owner');
    expect(chat.members.map((m) => m.name)).toEqual(['Alice Agente', 'Sérgio Supervisor']);

    const before = await unreadOf(agent);
    for (const body of ['Bom dia', 'Alguém no plantão?']) {
      const res = await supervisor.inject({ method: 'POST', url: `/api/chats/${chat.id}/messages`, payload: { body } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ body, author: { name: 'Sérgio Supervisor' }, kind: 'text' });
    }
    const seen = (await chatsOf(agent)).find((c) => c.id === chat.id)!;
    expect(seen).toMatchObject({ name: 'Plantão', unread: 2, mentioned: false, lastMessage: { body: 'Alguém no plantão?' } });
    expect(await unreadOf(agent)).toBe(before + 2);
    expect((await chatsOf(supervisor)).find((c) => c.id === chat.id)!.unread).toBe(0);

    const page = (await agent.inject({ url: `/api/chats/${chat.id}/messages` })).json().messages as { seq: number; body: string }[];
    expect(page.map((m) => m.body)).toEqual(['Bom dia', 'Alguém no plantão?']);
    expect(
      (await agent.inject({ url: `/api/chats/${chat.id}/messages?before=${page[1]!.seq}` })).json().messages.map((m: { body: string }) => m.body),
    ).toEqual(['Bom dia']);
    await agent.inject({ method: 'POST', url: `/api/chats/${chat.id}/read`, payload: { seq: page[0]!.seq } });
    expect((await chatsOf(agent)).find((c) => c.id === chat.id)!.unread).toBe(1);
    await agent.inject({ method: 'POST', url: `/api/chats/${chat.id}/read`, payload: { seq: page[1]!.seq } });
    // A read mark never moves back.
    await agent.inject({ method: 'POST', url: `/api/chats/${chat.id}/read`, payload: { seq: 0 } });
    expect((await chatsOf(agent)).find((c) => c.id === chat.id)!.unread).toBe(0);
    expect(await unreadOf(agent)).toBe(before);

    // Members: added by a member, removed by the owner; someone else cannot remove, anyone may leave.
    const added = await agent.inject({ method: 'POST', url: `/api/chats/${chat.id}/members`, payload: { userIds: [agent2.me.id] } });
    expect(added.statusCode, added.body).toBe(200);
    expect((await chatsOf(agent2)).find((c) => c.id === chat.id)).toMatchObject({ unread: 0 });
    expect((await agent.inject({ method: 'DELETE', url: `/api/chats/${chat.id}/members/${agent2.me.id}` })).json().error.code).toBe('CHAT_FORBIDDEN');
    expect((await agent.inject({ method: 'PATCH', url: `/api/chats/${chat.id}`, payload: { name: 'Meu' } })).json().error.code).toBe(
      'CHAT_FORBIDDEN',
    );
    expect((await supervisor.inject({ method: 'PATCH', url: `/api/chats/${chat.id}`, payload: { name: 'Plantão noturno' } })).json().name).toBe(
      'Plantão noturno',
    );
    expect((await supervisor.inject({ method: 'DELETE', url: `/api/chats/${chat.id}/members/${agent2.me.id}` })).statusCode).toBe(204);
    expect((await agent2.inject({ url: `/api/chats/${chat.id}/messages` })).statusCode).toBe(404);
    expect((await agent.inject({ method: 'DELETE', url: `/api/chats/${chat.id}/members/${agent.me.id}` })).statusCode).toBe(204);
    expect((await chatsOf(agent)).some((c) => c.id === chat.id)).toBe(false);
  });

  it('a direct chat is one per pair, named after the other person', async () => {
    const first = await agent.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'direct', userId: agent2.me.id } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ kind: 'direct', name: 'Bruno Agente' });
    const again = await agent2.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'direct', userId: agent.me.id } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, name: 'Alice Agente' });
    expect((await agent.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'direct', userId: agent.me.id } })).json().error.code).toBe(
      'CHAT_DIRECT_SELF',
    );
    expect((await agent.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'direct', userId: outra.me.id } })).json().error.code).toBe(
      'CHAT_MEMBER_INVALID',
    );
  });

  it('non-members and other organizations get 404; a mention must name a member', async () => {
    const chat = (
      await supervisor.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'group', name: 'Supervisão', memberIds: [agent.me.id] } })
    ).json();
    for (const who of [agent2, outra]) {
      expect((await who.inject({ url: `/api/chats/${chat.id}/messages` })).statusCode).toBe(404);
      expect((await who.inject({ method: 'POST', url: `/api/chats/${chat.id}/messages`, payload: { body: 'intruso' } })).statusCode).toBe(404);
      expect((await who.inject({ method: 'POST', url: `/api/chats/${chat.id}/read`, payload: { seq: 1 } })).statusCode).toBe(404);
      expect((await chatsOf(who)).some((c) => c.id === chat.id)).toBe(false);
    }
    const refused = await supervisor.inject({
      method: 'POST',
      url: `/api/chats/${chat.id}/messages`,
      payload: { body: '@Bruno veja', mentions: [agent2.me.id] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('CHAT_MENTION_NOT_MEMBER');
    const ok = await supervisor.inject({
      method: 'POST',
      url: `/api/chats/${chat.id}/messages`,
      payload: { body: '@Alice Agente veja', mentions: [agent.me.id] },
    });
    expect(ok.json().mentions).toEqual([{ id: agent.me.id, name: 'Alice Agente' }]);
    expect((await chatsOf(agent)).find((c) => c.id === chat.id)).toMatchObject({ unread: 1, mentioned: true });
  });

  it('an attachment is sent, and downloaded by members only', async () => {
    const chat = (
      await supervisor.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'group', name: 'Arquivos', memberIds: [agent.me.id] } })
    ).json();
    const sent = await supervisor.inject({ method: 'POST', url: `/api/chats/${chat.id}/attachments`, ...multipart('foto.png', 'image/png', PNG) });
    expect(sent.statusCode, sent.body).toBe(201);
    const message = sent.json();
    expect(message.attachment).toMatchObject({ name: 'foto.png', mime: 'image/png', size: PNG.length });
    const listed = (await agent.inject({ url: `/api/chats/${chat.id}/messages` })).json().messages[0];
    const download = await agent.inject({ url: listed.attachment.url });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await agent2.inject({ url: listed.attachment.url })).statusCode).toBe(404);
    expect((await outra.inject({ url: listed.attachment.url })).statusCode).toBe(404);
    const upload = await agent2.inject({ method: 'POST', url: `/api/chats/${chat.id}/attachments`, ...multipart('x.png', 'image/png', PNG) });
    expect(upload.statusCode).toBe(404);
    // The messages route takes the same multipart upload.
    const viaMessages = await agent.inject({ method: 'POST', url: `/api/chats/${chat.id}/messages`, ...multipart('scan.png', 'image/png', PNG) });
    expect(viaMessages.statusCode, viaMessages.body).toBe(201);
    expect(viaMessages.json().attachment.name).toBe('scan.png');
    expect((await agent.inject({ method: 'POST', url: `/api/chats/${chat.id}/messages` })).statusCode).toBe(400);
    const bad = await agent.inject({
      method: 'POST',
      url: `/api/chats/${chat.id}/attachments`,
      ...multipart('x.exe', 'application/octet-stream', Buffer.from('MZ....')),
    });
    expect(bad.json().error.code).toBe('ATTACHMENT_INVALID');
  });
});
