import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// Issue item: demoting a user or removing them from a team takes effect on their open sockets at once.
describe('rights changes reach open sockets', () => {
  let t: TestApp;
  let url: string;
  let admin: Session;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    admin = await t.login('admin@demo.local');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  const open = async (cookie: string) => {
    const s = socketFor(url, cookie);
    sockets.push(s);
    await nextEvent(s, 'connect');
    return s;
  };
  /** Any attendance.* event pushes a fresh wallboard to supervisors and admins (PAN-11). */
  const touchAttendances = async () => {
    const org = await t.orgId('demo');
    await t.app.platform.tenant.inTenant(org, null, (s) =>
      t.app.platform.events.emit(s, 'attendance.updated', { attendanceId: crypto.randomUUID() }),
    );
  };

  it('stops wallboard.updated to a supervisor demoted to agent, also after the socket reconnects', async () => {
    const sup = await t.login('supervisor@demo.local');
    const adminSocket = await open(admin.cookie);
    const supSocket = await open(sup.cookie);

    const first = nextEvent(supSocket, 'wallboard.updated');
    await touchAttendances();
    await first;

    let received = 0;
    supSocket.on('wallboard.updated', () => received++);
    const dropped = nextEvent<string>(supSocket, 'disconnect');
    const demoted = await admin.inject({ method: 'PATCH', url: `/api/users/${sup.me.id}`, payload: { role: 'agent' } });
    expect(demoted.json().role).toBe('agent');

    // The admin's copy is published right after the supervisors' one: once it arrives, a supervisor's would have.
    const adminCopy = nextEvent(adminSocket, 'wallboard.updated');
    await touchAttendances();
    await adminCopy;
    expect(received).toBe(0);
    expect(await dropped).toBe('io server disconnect');

    // The console reconnects at once, with the session it still has, now as an agent.
    supSocket.connect();
    await nextEvent(supSocket, 'connect');
    const adminAgain = nextEvent(adminSocket, 'wallboard.updated');
    await touchAttendances();
    await adminAgain;
    expect(received).toBe(0);
    expect((await sup.inject({ url: '/api/auth/me' })).json().role).toBe('agent');
  });

  it('drops the sockets of a member removed from a team, and of the members of a deleted team', async () => {
    const agent = await t.login('agente2@demo.local');
    const agentSocket = await open(agent.cookie);
    const other = await t.login('agente@demo.local');
    const otherSocket = await open(other.cookie);
    const created = await admin.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Plantão', memberIds: [agent.me.id, other.me.id] } });

    const dropped = nextEvent<string>(agentSocket, 'disconnect');
    await admin.inject({ method: 'PATCH', url: `/api/teams/${created.json().id}`, payload: { memberIds: [other.me.id] } });
    expect(await dropped).toBe('io server disconnect');
    expect(otherSocket.connected).toBe(true);

    const otherDropped = nextEvent<string>(otherSocket, 'disconnect');
    await admin.inject({ method: 'DELETE', url: `/api/teams/${created.json().id}` });
    expect(await otherDropped).toBe('io server disconnect');
  });
});
