// The server side of the channel-ingest and widget-sockets benchmarks: the real app (buildApp +
// listen) in its own process, with a WhatsApp channel configured the way an administrator would
// (sealed secrets), so the load generator elsewhere signs webhooks with the channel's app secret.
// Usage: tsx ingest-server.ts <pglite|postgres> [database url]. Prints one JSON line once listening
// ({url, appSecret, phoneNumberId, channelId, widgetToken}); a stdin line "broadcast" publishes one
// widget push into every web-chat visitor's room and prints {"published": n}. Closes on SIGTERM.
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { WIDGET_NAMESPACE } from '@atende/shared';
import { buildApp } from '../../apps/server/src/app.js';
import { setChannelProvider } from '../../apps/server/src/modules/queues/index.js';
import { loadConfig } from '../../apps/server/src/platform/config.js';
import { openDatabase } from '../../apps/server/src/platform/db/client.js';
import { seedDemo } from '../../apps/server/src/seed/demo.js';
import { rowsOf } from '../../apps/server/test/rows.js';

const PHONE_ID = '100000000000077';
const APP_SECRET = 'bench-whatsapp-app-secret';

const [kind, url] = process.argv.slice(2);
const database = kind === 'postgres' ? await openDatabase({ url, poolSize: 10 }) : await openDatabase({ inMemory: true });
// Each widget visitor comes from its own address (limits are per address); raised for the benchmark only.
const config = loadConfig(
  {},
  { logLevel: 'silent', seedDemo: true, widgetMessagesPerMinute: 1_000_000, widgetSessionsPerMinute: 1_000_000, trustProxy: true },
);
const app = await buildApp({ config, database, logger: false });
app.platform.afterMigrate(() => seedDemo(app.platform));
await app.platform.start();
const address = await app.listen({ port: 0, host: '127.0.0.1' });

const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.local', password: 'demo1234' } });
const admin = login.json() as { organizationId: string; csrfToken: string };
const headers = {
  cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  'x-csrf-token': admin.csrfToken,
};
const queues = (await app.inject({ url: '/api/queues', headers })).json().items as { id: string; name: string }[];
const queue = queues.find((q) => q.name === 'Atendimento')!;
// Reused when the database already has it (a second server on the same database).
const listed = (await app.inject({ url: '/api/channels', headers })).json().items as { id: string; name: string; token: string }[];
const channelId =
  listed.find((c) => c.name === 'WhatsApp Carga')?.id ??
  String(
    (
      await app.inject({
        method: 'POST',
        url: '/api/channels',
        headers,
        payload: { name: 'WhatsApp Carga', type: 'whatsapp', queueId: queue.id },
      })
    ).json().id,
  );
const { secrets } = app.platform;
await app.platform.tenant.inTenant(admin.organizationId, null, (s) =>
  setChannelProvider(s, channelId, {
    settings: { phoneNumberId: PHONE_ID, wabaId: '200000000000077', ratePerSecond: 80 },
    secrets: { accessToken: secrets.seal('bench-access-token'), appSecret: secrets.seal(APP_SECRET), verifyToken: secrets.seal('bench-verify') },
    providerKey: PHONE_ID,
  }),
);
// The API caps an agent's capacity at 50 per channel; the benchmark's one agent serves every contact.
await database.db.execute(sql`update queue_members set capacity = 1000 where queue_id = ${queue.id}`);
const widgetToken = listed.find((c) => c.name === 'WebChat')!.token;

process.stdout.write(`${JSON.stringify({ url: address, appSecret: APP_SECRET, phoneNumberId: PHONE_ID, channelId, widgetToken })}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'broadcast') return;
  void (async () => {
    // One push into each visitor's own room, as every visitor-facing push is addressed.
    const visitors = rowsOf(await database.db.execute(sql`select id, organization_id from webchat_visitors`)) as {
      id: string;
      organization_id: string;
    }[];
    for (const v of visitors) {
      app.platform.realtime.publishIn(WIDGET_NAMESPACE, `org:${v.organization_id}:visitor:${v.id}`, 'typing', { agentName: 'Carga' });
    }
    process.stdout.write(`${JSON.stringify({ published: visitors.length })}\n`);
  })();
});

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
