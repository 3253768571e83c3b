import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';

// SPEC PLT-03: signed outbound webhooks in the Standard Webhooks format, delivered by jobs with
// retries; verified here with the `standardwebhooks` package against a local receiver.

type Received = { headers: IncomingHttpHeaders; body: string };

/** A receiver answering each request with the next scripted status (then 200). */
async function startReceiver() {
  const received: Received[] = [];
  let script: { status: number; headers?: Record<string, string>; body?: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const next = script.shift() ?? { status: 200, body: 'ok' };
      res.writeHead(next.status, next.headers ?? {});
      res.end(next.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    answer(...next: typeof script) {
      script = next;
    },
    reset() {
      received.length = 0;
      script = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('outbound webhooks', () => {
  let t: TestApp;
  let admin: Session;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  const createEndpoint = async (s: Session, events: string[], url = receiver.url) => {
    const res = await s.inject({ method: 'POST', url: '/api/webhook-endpoints', payload: { url, events, description: 'ERP' } });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; secret: string; enabled: boolean };
  };
  const deliveries = async (s: Session, id: string) => (await s.inject({ url: `/api/webhook-endpoints/${id}/deliveries` })).json().items;
  /** A real attendance started by hand: attendance.created reaches the subscribed endpoints. */
  const startAttendance = async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/attendances', payload: {} });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const removeAll = async () => {
    for (const e of (await admin.inject({ url: '/api/webhook-endpoints' })).json().items) {
      await admin.inject({ method: 'DELETE', url: `/api/webhook-endpoints/${e.id}` });
    }
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await createTestApp({ config: { allowPrivateTargets: true, webhookRetryBaseSeconds: 1 } });
    admin = await t.login('admin@demo.local');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });
  beforeEach(async () => {
    await removeAll();
    receiver.reset();
  });

  it('signs each delivery so standardwebhooks verifies it, and never lists the secret', async () => {
    const endpoint = await createEndpoint(admin, ['attendance.created']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect((await admin.inject({ url: '/api/webhook-endpoints' })).body).not.toContain(endpoint.secret);
    expect((await admin.inject({ url: `/api/webhook-endpoints/${endpoint.id}` })).body).not.toContain(endpoint.secret);

    const attendanceId = await startAttendance();
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 15_000 });
    const [hit] = receiver.received;
    const payload = new Webhook(endpoint.secret).verify(hit!.body, hit!.headers as Record<string, string>) as {
      type: string;
      data: { attendanceId: string };
    };
    expect(payload).toMatchObject({ type: 'attendance.created', data: { attendanceId } });
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another secret of 24+ bytes!!').toString('base64')}`).verify(
        hit!.body,
        hit!.headers as Record<string, string>,
      ),
    ).toThrow();

    await vi.waitFor(async () =>
      expect((await deliveries(admin, endpoint.id))[0]).toMatchObject({
        event: 'attendance.created',
        status: 'succeeded',
        attempt: 1,
        responseStatus: 200,
      }),
    );
  });

  it('tells a subscriber when a call is answered, when it ends and when its recording is ready', async () => {
    const endpoint = await createEndpoint(admin, ['call.started', 'call.ended', 'recording.ready']);
    const cti = (payload: object) => t.app.inject({ method: 'POST', url: '/api/voice/cti/demo-cti-token', payload });
    const callId = `wh-${Date.now()}`;
    expect((await cti({ event: 'newCall', direction: 'in', from: '11987654321', to: '4000', callId, queue: 'Suporte' })).statusCode).toBe(200);
    expect((await cti({ event: 'answer', direction: 'in', callId, user: '2001' })).statusCode).toBe(200);
    expect((await cti({ event: 'hangup', direction: 'in', callId, cause: 'normalClearing' })).statusCode).toBe(200);
    // The PBX's recording is fetched from the same local server, which answers with a few bytes.
    expect((await cti({ event: 'recording', callId, recordingUrl: receiver.url.replace('/hook', '/rec.mp3') })).statusCode).toBe(200);

    const hooks = () => receiver.received.filter((r) => r.headers['webhook-id']);
    await vi.waitFor(() => expect(hooks()).toHaveLength(3), { timeout: 20_000 });
    const types = hooks().map(
      (hit) => (new Webhook(endpoint.secret).verify(hit.body, hit.headers as Record<string, string>) as { type: string }).type,
    );
    expect(types.sort()).toEqual(['call.ended', 'call.started', 'recording.ready']);
    const ready = hooks()
      .map((hit) => JSON.parse(hit.body) as { type: string; data: { recordingId: string; attendanceId: string | null } })
      .find((body) => body.type === 'recording.ready')!;
    expect(ready.data.recordingId).toEqual(expect.any(String));
    expect(ready.data.attendanceId).toEqual(expect.any(String));
  });

  it('retries a failing receiver with the same webhook-id until it succeeds', async () => {
    const endpoint = await createEndpoint(admin, ['attendance.created']);
    receiver.answer({ status: 500, body: 'temporariamente indisponível' }, { status: 200, body: 'ok' });
    await startAttendance();
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 20_000 });
    const [first, second] = receiver.received;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.body).toBe(first!.body);
    new Webhook(endpoint.secret).verify(second!.body, second!.headers as Record<string, string>);
    await vi.waitFor(async () =>
      expect((await deliveries(admin, endpoint.id))[0]).toMatchObject({
        status: 'succeeded',
        attempt: 2,
        responseStatus: 200,
        messageId: first!.headers['webhook-id'],
      }),
    );
  });

  it('disables the endpoint when the receiver answers 410 Gone', async () => {
    const endpoint = await createEndpoint(admin, ['attendance.created']);
    receiver.answer({ status: 410, body: 'gone' });
    await startAttendance();
    await vi.waitFor(
      async () =>
        expect((await admin.inject({ url: `/api/webhook-endpoints/${endpoint.id}` })).json()).toMatchObject({
          enabled: false,
          disabledReason: 'gone',
        }),
      {
        timeout: 15_000,
      },
    );
    expect((await deliveries(admin, endpoint.id))[0]).toMatchObject({ status: 'failed', responseStatus: 410, responseExcerpt: 'gone' });
    // Disabled: the next event is not delivered.
    await startAttendance();
    await t.settle();
    expect(receiver.received).toHaveLength(1);
    // Enabling it again clears the reason.
    const again = await admin.inject({
      method: 'PUT',
      url: `/api/webhook-endpoints/${endpoint.id}`,
      payload: { url: receiver.url, events: ['attendance.created'], enabled: true },
    });
    expect(again.json()).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('"Reenviar" sends a delivery again with the same webhook-id', async () => {
    const endpoint = await createEndpoint(admin, ['attendance.created']);
    await startAttendance();
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 15_000 });
    const [delivery] = await vi.waitFor(async () => {
      const items = await deliveries(admin, endpoint.id);
      expect(items[0].status).toBe('succeeded');
      return items;
    });
    const resent = await admin.inject({ method: 'POST', url: `/api/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}/resend` });
    expect(resent.statusCode).toBe(202);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 15_000 });
    expect(receiver.received[1]!.headers['webhook-id']).toBe(delivery.messageId);
    await vi.waitFor(async () => expect((await deliveries(admin, endpoint.id))[0]).toMatchObject({ status: 'succeeded', attempt: 2 }));
  });

  it('delivers only the subscribed events, and rotating the secret signs with the new one', async () => {
    const endpoint = await createEndpoint(admin, ['attendance.finished']);
    await startAttendance();
    await t.settle();
    expect(await deliveries(admin, endpoint.id)).toEqual([]);
    const rotated = (await admin.inject({ method: 'POST', url: `/api/webhook-endpoints/${endpoint.id}/secret` })).json();
    expect(rotated.secret).not.toBe(endpoint.secret);
    const updated = await admin.inject({
      method: 'PUT',
      url: `/api/webhook-endpoints/${endpoint.id}`,
      payload: { url: receiver.url, events: ['attendance.created', 'message.created'] },
    });
    expect(updated.json().events).toEqual(['attendance.created', 'message.created']);
    await startAttendance();
    await vi.waitFor(() => expect(receiver.received.length).toBeGreaterThan(0), { timeout: 15_000 });
    const hit = receiver.received.find((r) => JSON.parse(r.body).type === 'attendance.created')!;
    new Webhook(rotated.secret).verify(hit.body, hit.headers as Record<string, string>);
  });

  it('events dispatched together are each delivered once, to their subscribers only', async () => {
    const created = await createEndpoint(admin, ['attendance.created']);
    const finished = await createEndpoint(admin, ['attendance.finished']);
    // Started concurrently: their events are dispatched together and recorded in one group.
    const ids = await Promise.all(Array.from({ length: 6 }, () => startAttendance()));
    await vi.waitFor(() => expect(receiver.received).toHaveLength(6), { timeout: 20_000 });
    await t.settle();
    const log = await deliveries(admin, created.id);
    expect(log.map((d: { event: string }) => d.event)).toEqual(Array(6).fill('attendance.created'));
    const delivered = receiver.received.map((r) => (JSON.parse(r.body) as { data: { attendanceId: string } }).data.attendanceId);
    expect(delivered.sort()).toEqual([...ids].sort());
    expect(await deliveries(admin, finished.id)).toEqual([]);
  });

  it('keeps endpoints and deliveries inside their organization', async () => {
    const endpoint = await createEndpoint(admin, ['attendance.created']);
    const outra = await t.login('admin@outra.local');
    const outraEndpoint = await createEndpoint(outra, ['attendance.created']);
    expect((await outra.inject({ url: '/api/webhook-endpoints' })).json().items.map((e: { id: string }) => e.id)).toEqual([outraEndpoint.id]);
    for (const res of [
      await outra.inject({ url: `/api/webhook-endpoints/${endpoint.id}` }),
      await outra.inject({ url: `/api/webhook-endpoints/${endpoint.id}/deliveries` }),
      await outra.inject({ method: 'DELETE', url: `/api/webhook-endpoints/${endpoint.id}` }),
    ]) {
      expect(res.json().error.code).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
    }
    await startAttendance();
    await vi.waitFor(async () => expect((await deliveries(admin, endpoint.id))[0]?.status).toBe('succeeded'), { timeout: 15_000 });
    await t.settle();
    expect(await deliveries(outra, outraEndpoint.id)).toEqual([]);
    await outra.inject({ method: 'DELETE', url: `/api/webhook-endpoints/${outraEndpoint.id}` });
  });

  it('is for admins only', async () => {
    const agent = await t.login('agente@demo.local');
    const res = await agent.inject({ method: 'POST', url: '/api/webhook-endpoints', payload: { url: receiver.url, events: ['attendance.created'] } });
    expect(res.json().error.code).toBe('AUTH_FORBIDDEN');
  });
});

describe('outbound webhooks with the private-target guard on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { allowPrivateTargets: false } });
  });
  afterAll(() => t.close());

  it('refuses a private or loopback URL with a field error', async () => {
    const admin = await t.login('admin@demo.local');
    for (const url of ['http://127.0.0.1:8080/hook', 'http://10.1.2.3/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest']) {
      const res = await admin.inject({ method: 'POST', url: '/api/webhook-endpoints', payload: { url, events: ['attendance.created'] } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'body.url', rule: 'private_target' })]);
    }
    expect((await admin.inject({ url: '/api/webhook-endpoints' })).json().items).toEqual([]);
  });
});
