import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase } from '../../../test/databases.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { openDatabase } from '../db/client.js';
import { rooms } from './realtime.js';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import type { Socket } from 'socket.io-client';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// SPEC PLT-06: two instances over one PostgreSQL and one Redis.
describe('two instances behind one database and Redis', () => {
  let a: TestApp;
  let b: TestApp;
  let urlB: string;
  let drop: () => Promise<void>;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const created = await createPgDatabase();
    drop = created.drop;
    const keep = async (url: string) => ({ ...(await openDatabase({ url, poolSize: 4 })) });
    a = await createTestApp({ database: await keep(created.url), start: false, config: { redisUrl: REDIS_URL } });
    b = await createTestApp({ database: await keep(created.url), start: false, seed: false, config: { redisUrl: REDIS_URL } });
    // Both start at once: migrations serialize on an advisory lock instead of colliding.
    await Promise.all([a.app.platform.start(), b.app.platform.start()]);
    await a.app.listen({ port: 0, host: '127.0.0.1' });
    urlB = await b.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await a?.close();
    await b?.close();
    await drop?.();
  });

  it('delivers to a client on instance B what instance A publishes', async () => {
    const session = await a.login('admin@demo.local');
    const client = socketFor(urlB, session.cookie); // a session made on A is valid on B: it lives in the database
    sockets.push(client);
    await nextEvent(client, 'connect');

    const typing = { attendanceId: '00000000-0000-4000-8000-00000000000a', from: 'contact' as const };
    const direct = nextEvent(client, 'attendance.typing');
    a.app.platform.realtime.publish(rooms.user(session.me.organizationId, session.me.id), 'attendance.typing', typing);
    expect(await direct).toEqual(typing);

    const changed = nextEvent<{ type: string; teamId: string }>(client, 'tenancy.changed');
    const created = await session.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Criada em A' } });
    expect(await changed).toEqual({ type: 'team.created', teamId: created.json().id });
  });

  it('ends a session everywhere: logging out on A disconnects the socket on B', async () => {
    const session = await a.login('agente@demo.local');
    const client = socketFor(urlB, session.cookie);
    sockets.push(client);
    await nextEvent(client, 'connect');
    const gone = nextEvent<string>(client, 'disconnect');
    await session.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(await gone).toBe('io server disconnect');
  });
});
