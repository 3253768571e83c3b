import { randomUUID } from 'node:crypto';
import type { AlertView, DomainEventMap } from '@atende/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// SPEC ALR-02, ALR-04: an alert arrives as one card in its team's alert group ("Alertas — <equipe>"),
// seen by the team's members only and kept current as the alert changes.
describe('alert cards in the team’s group', () => {
  let t: TestApp;
  let supervisor: Session;
  let agent: Session;
  let agent2: Session;
  let org: string;
  let teamId: string;

  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    agent2 = await t.login('agente2@demo.local');
    org = await t.orgId('demo');
    const admin = await t.login('admin@demo.local');
    teamId = ((await admin.inject({ url: '/api/teams' })).json().items as { id: string; name: string }[]).find(
      (x) => x.name === 'Equipe de Alertas',
    )!.id;
  });
  afterAll(() => t.close());

  // The alerts module writes these events; here they are written the same way, through the outbox.
  const emit = async <K extends 'alert.fired' | 'alert.changed'>(type: K, payload: DomainEventMap[K]) => {
    await t.app.platform.tenant.inTenant(org, null, (s) => t.app.platform.events.emit(s, type, payload));
    await t.settle();
  };

  const alert = (over: Partial<AlertView> = {}): AlertView => ({
    id: randomUUID(),
    level: 'red',
    levelText: 'Preciso de ajuda urgente',
    state: 'new',
    appUser: { id: randomUUID(), name: 'Joana Usuária', cpf: '529.982.247-25', phone: '+55 11 98765-4321' },
    teamId,
    location: { lat: -23.55052, lng: -46.633308, accuracy: 12 },
    firedAt: '2026-12-07T10:15:30.000Z',
    createdAt: '2026-12-07T10:15:31.000Z',
    receivedAt: null,
    assignee: null,
    closedAt: null,
    closingNote: null,
    hasVoiceNote: true,
    ...over,
  });

  const alertChat = async (s: Session) =>
    ((await s.inject({ url: '/api/chats' })).json().chats as { id: string; kind: string; name: string; teamId: string; unread: number }[]).find(
      (c) => c.kind === 'alert_team',
    );
  const cards = async (s: Session, chatId: string) =>
    ((await s.inject({ url: `/api/chats/${chatId}/messages` })).json().messages as { kind: string; alert: AlertView | null }[]).filter(
      (m) => m.kind === 'alert',
    );

  it('posts exactly one card, with every field, even when the event is delivered twice', async () => {
    const fired = alert();
    await emit('alert.fired', { alert: fired });
    await emit('alert.fired', { alert: fired });
    const chat = await alertChat(agent);
    expect(chat).toMatchObject({ name: 'Alertas — Equipe de Alertas', teamId, unread: 1 });
    expect(await alertChat(supervisor)).toMatchObject({ id: chat!.id, unread: 1 });
    const [card, ...more] = await cards(agent, chat!.id);
    expect(more).toEqual([]);
    expect(card!.alert).toEqual(fired);
  });

  it('"alert.changed" updates the card', async () => {
    const fired = alert({ level: 'yellow', levelText: 'Situação suspeita', location: null, hasVoiceNote: false });
    await emit('alert.fired', { alert: fired });
    const assumed = {
      ...fired,
      state: 'in_progress' as const,
      receivedAt: '2026-12-07T10:16:00.000Z',
      assignee: { id: supervisor.me.id, name: 'Sérgio Supervisor' },
    };
    await emit('alert.changed', { alert: assumed });
    const chat = await alertChat(agent);
    expect((await cards(agent, chat!.id)).find((c) => c.alert!.id === fired.id)!.alert).toEqual(assumed);
    const closed = { ...assumed, state: 'closed' as const, closedAt: '2026-12-07T10:30:00.000Z', closingNote: 'Usuária em segurança' };
    await emit('alert.changed', { alert: closed });
    expect((await cards(supervisor, chat!.id)).find((c) => c.alert!.id === fired.id)!.alert).toEqual(closed);
  });

  it('a user outside the team does not see the group; one removed from the team stops seeing it', async () => {
    await emit('alert.fired', { alert: alert() });
    expect(await alertChat(agent2)).toBeUndefined();
    const chat = (await alertChat(agent))!;
    expect((await agent2.inject({ url: `/api/chats/${chat.id}/messages` })).statusCode).toBe(404);
    const admin = await t.login('admin@demo.local');
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/teams/${teamId}`,
      payload: { name: 'Equipe Noturna', memberIds: [supervisor.me.id] },
    });
    expect(res.statusCode, res.body).toBe(200);
    // The group follows the team's name too.
    expect(await alertChat(supervisor)).toMatchObject({ id: chat.id, name: 'Alertas — Equipe Noturna' });
    agent = await t.login('agente@demo.local');
    expect(await alertChat(agent)).toBeUndefined();
    expect((await agent.inject({ url: `/api/chats/${chat.id}/messages` })).statusCode).toBe(404);
  });

  it('an alert with no team posts nothing', async () => {
    const before = (await cards(supervisor, (await alertChat(supervisor))!.id)).length;
    await emit('alert.fired', { alert: alert({ teamId: null }) });
    expect((await cards(supervisor, (await alertChat(supervisor))!.id)).length).toBe(before);
  });
});
