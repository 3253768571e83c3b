import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';

// A real push service for tests: web-push-testing (ARCHITECTURE pins 1.2.2) run in this process on a
// free port. It hands out subscriptions through its API, checks the VAPID JWT, decrypts aes128gcm
// bodies and answers 410 for an expired subscription, like a browser vendor's push service.

const require = createRequire(import.meta.url);

type TestingServer = { startServer(): void; _server: Server };
type ServerCtor = new (model: unknown, port: number) => TestingServer;

export type PushClient = { endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startWebPushTesting() {
  const { PushApiModel } = require('web-push-testing/src/PushApiModel.js') as { PushApiModel: new () => unknown };
  const WebPushTestingServer = require('web-push-testing/src/server.js') as ServerCtor;
  const port = await freePort();
  const server = new WebPushTestingServer(new PushApiModel(), port);
  const log = console.log;
  console.log = () => undefined; // it announces "Server running on port …"
  try {
    server.startServer();
    if (!server._server.listening) await new Promise((resolve) => server._server.once('listening', resolve));
  } finally {
    console.log = log;
  }
  const base = `http://localhost:${port}`;
  const post = async (path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`web-push-testing ${path}: ${res.status} ${await res.text()}`);
    return res.headers.get('content-type')?.includes('json') ? ((await res.json()) as { data: unknown }).data : undefined;
  };
  return {
    /** A browser's subscription for the given VAPID public key (the service reads form-style strings). */
    subscribe: async (applicationServerKey: string) => (await post('/subscribe', { userVisibleOnly: 'true', applicationServerKey })) as PushClient,
    /** The decrypted payloads the client received so far. */
    messages: async (client: PushClient) =>
      ((await post('/get-notifications', { clientHash: client.clientHash })) as { messages: string[] }).messages,
    /** From now on the service answers 410 Gone for this subscription. */
    expire: (client: PushClient) => post(`/expire-subscription/${client.clientHash}`),
    close: () => new Promise<void>((resolve) => server._server.close(() => resolve())),
  };
}
