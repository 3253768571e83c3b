import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Queue = { id: string; name: string; kind: string; direction: string | null; members: { userId: string; capacity: number }[] };
type Snapshot = {
  voice: { logged: number; targets: { id: string; name: string; state: string }[] };
  chat: { logged: number; targets: { id: string; name: string; state: string }[] };
};

// SPEC ORG-02, ORG-05: queues, channels, memberships with capacity, pause reasons.
describe('queue, channel and pause-reason administration', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  const queues = async () => (await admin.inject({ url: '/api/queues' })).json().items as Queue[];
  const byName = async (name: string) => (await queues()).find((q) => q.name === name)!;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
  });
  afterAll(() => t.close());

  it('creates voice and chat queues; direction only for voice; unique names', async () => {
    const voice = await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Cobrança', kind: 'voice', direction: 'outbound' } });
    expect(voice.statusCode).toBe(201);
    expect(voice.json()).toMatchObject({ name: 'Cobrança', kind: 'voice', direction: 'outbound', policy: 'longest_idle', members: [] });
    const defaulted = await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Ouvidoria', kind: 'voice' } });
    expect(defaulted.json().direction).toBe('inbound');
    const chatWithDirection = await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'X', kind: 'chat', direction: 'inbound' } });
    expect(chatWithDirection.json().error.code).toBe('QUEUE_KIND_MISMATCH');
    const dup = await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'cobrança', kind: 'chat' } });
    expect(dup.json().error.code).toBe('QUEUE_NAME_TAKEN');
    const agentTry = await agent.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Y', kind: 'chat' } });
    expect(agentTry.statusCode).toBe(403);
  });

  it('changes only what a PATCH names: renaming a queue or a channel keeps the rest', async () => {
    const created = await admin.inject({
      method: 'POST',
      url: '/api/queues',
      payload: { name: 'Retenção', kind: 'voice', direction: 'outbound', policy: 'round_robin' },
    });
    await admin.inject({ method: 'PATCH', url: `/api/queues/${created.json().id}`, payload: { active: false } });
    const renamed = await admin.inject({ method: 'PATCH', url: `/api/queues/${created.json().id}`, payload: { name: 'Retenção Ativa' } });
    expect(renamed.json()).toMatchObject({ name: 'Retenção Ativa', kind: 'voice', direction: 'outbound', policy: 'round_robin', active: false });
    const chat = await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Fila do Telegram', kind: 'chat' } });
    const channel = await admin.inject({
      method: 'POST',
      url: '/api/channels',
      payload: { name: 'Telegram Retenção', type: 'telegram', queueId: chat.json().id, active: false },
    });
    const channelRenamed = await admin.inject({
      method: 'PATCH',
      url: `/api/channels/${channel.json().id}`,
      payload: { name: 'Telegram Cancelamento' },
    });
    expect(channelRenamed.json()).toMatchObject({ name: 'Telegram Cancelamento', active: false });
  });

  it('sets members with capacity; rejects unknown, foreign and repeated users', async () => {
    const q = await byName('Cobrança');
    const res = await admin.inject({
      method: 'PUT',
      url: `/api/queues/${q.id}/members`,
      payload: { members: [{ userId: agent.me.id, capacity: 5 }] },
    });
    expect(res.json().members).toEqual([{ userId: agent.me.id, capacity: 5 }]);
    const foreign = await t.userId('admin@outra.local');
    for (const members of [[{ userId: foreign }], [{ userId: agent.me.id }, { userId: agent.me.id }], [{ userId: crypto.randomUUID() }]]) {
      const bad = await admin.inject({ method: 'PUT', url: `/api/queues/${q.id}/members`, payload: { members } });
      expect(bad.statusCode).toBe(400);
    }
    expect((await byName('Cobrança')).members).toEqual([{ userId: agent.me.id, capacity: 5 }]);
    const snap = (await agent.inject({ url: '/api/presence/me' })).json() as Snapshot;
    expect(snap.voice.targets.map((v) => v.name)).toContain('Cobrança');
  });

  it('creates a channel on a queue of its kind, hides its secret, and moves it between queues', async () => {
    const chat = await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Redes Sociais', kind: 'chat' } });
    const wrongKind = await admin.inject({
      method: 'POST',
      url: '/api/channels',
      payload: { name: 'Telegram', type: 'telegram', queueId: (await byName('Suporte')).id },
    });
    expect(wrongKind.json().error.code).toBe('QUEUE_KIND_MISMATCH');
    const created = await admin.inject({
      method: 'POST',
      url: '/api/channels',
      payload: { name: 'Telegram', type: 'telegram', queueId: chat.json().id },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // The signing secret never appears; provider secrets appear only as "set or not".
    const { secret } = (await admin.inject({ method: 'GET', url: `/api/channels/${created.json().id}/secret` })).json();
    expect(JSON.stringify(created.json())).not.toContain(secret);
    expect(created.json()).not.toHaveProperty('secret');
    const unknownQueue = await admin.inject({
      method: 'PATCH',
      url: `/api/channels/${created.json().id}`,
      payload: { queueId: crypto.randomUUID() },
    });
    expect(unknownQueue.json().error.code).toBe('QUEUE_NOT_FOUND');
  });

  it('refuses to delete a queue that channels feed; deletes an empty one', async () => {
    const atendimento = await byName('Atendimento');
    const inUse = await admin.inject({ method: 'DELETE', url: `/api/queues/${atendimento.id}` });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('QUEUE_IN_USE');
    const ouvidoria = await byName('Ouvidoria');
    expect((await admin.inject({ method: 'DELETE', url: `/api/queues/${ouvidoria.id}` })).statusCode).toBe(204);
    expect((await queues()).some((q) => q.id === ouvidoria.id)).toBe(false);
  });

  it('logs agents out of what they are no longer linked to (membership removed, channel deactivated)', async () => {
    const me = async () => (await agent.inject({ url: '/api/presence/me' })).json() as Snapshot;
    const cobranca = await byName('Cobrança');
    const webchat = (await me()).chat.targets.find((c) => c.name === 'WebChat')!;
    await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: cobranca.id } });
    await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'chat_channel', targetId: webchat.id } });
    expect((await me()).voice.logged).toBe(1);

    await admin.inject({ method: 'PUT', url: `/api/queues/${cobranca.id}/members`, payload: { members: [] } });
    await admin.inject({ method: 'PATCH', url: `/api/channels/${webchat.id}`, payload: { active: false } });
    // Reconciliation runs as an event listener after commit: wait for its effect, not for time.
    await expect.poll(async () => [(await me()).voice.logged, (await me()).chat.logged], { timeout: 10_000 }).toEqual([0, 0]);
    expect((await me()).chat.targets.map((c) => c.name)).toEqual(['Telegram', 'WhatsApp']);
  });

  it('manages pause reasons: unique names, deactivation removes them from pausing', async () => {
    const created = await admin.inject({ method: 'POST', url: '/api/pause-reasons', payload: { name: 'Reunião', productive: true } });
    expect(created.json()).toMatchObject({ name: 'Reunião', active: true, productive: true });
    expect((await admin.inject({ method: 'POST', url: '/api/pause-reasons', payload: { name: 'reunião' } })).json().error.code).toBe(
      'PAUSE_REASON_NAME_TAKEN',
    );
    const id = created.json().id;
    await admin.inject({ method: 'PATCH', url: `/api/pause-reasons/${id}`, payload: { active: false } });
    const suporte = await byName('Suporte');
    await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: suporte.id } });
    const refused = await agent.inject({ method: 'POST', url: '/api/presence/me/voice/pause', payload: { reasonId: id } });
    expect(refused.json().error.code).toBe('PRESENCE_REASON_REQUIRED');
  });
});
