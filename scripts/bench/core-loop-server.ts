// The server side of the core-loop benchmark, in its own process so the load generator does not
// compete with it for the event loop (as on a real deployment, where visitors are elsewhere).
// Usage: tsx core-loop-server.ts <pglite|postgres> [database url]. Prints one JSON line
// {"url": …} once listening, and closes on SIGTERM.
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/platform/config.js';
import { openDatabase } from '../../apps/server/src/platform/db/client.js';
import { seedDemo } from '../../apps/server/src/seed/demo.js';

const [kind, url] = process.argv.slice(2);
const database = kind === 'postgres' ? await openDatabase({ url, poolSize: 10 }) : await openDatabase({ inMemory: true });
// Each visitor comes from its own address, as on a real site (rate limits are per address).
const config = loadConfig({}, { logLevel: 'silent', seedDemo: true, widgetMessagesPerMinute: 100_000, trustProxy: true });
const app = await buildApp({ config, database, logger: false });
app.platform.afterMigrate(() => seedDemo(app.platform));
await app.platform.start();
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url: address })}\n`);

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
