import { ConfigError } from './platform/config.js';
import { startApp } from './main-app.js';

const args = new Set(process.argv.slice(2));
const env = { ...process.env };
if (args.has('--no-demo')) env.SEED_DEMO = 'false';

try {
  const running = await startApp({ env });
  const { config } = running.app.platform;
  const lines = [
    '',
    `  Atende is running at ${running.url}  (database: ${running.app.platform.database.kind}${config.redisUrl ? ', redis fan-out on' : ''})`,
    `  API docs: ${running.url}/api/docs`,
  ];
  if (config.seedDemo) {
    lines.push(
      '  Demo logins (password: ' + (process.env.DEMO_PASSWORD ? 'DEMO_PASSWORD' : config.demoPassword) + '):',
      '    admin@demo.local (admin) · supervisor@demo.local (supervisor) · agente@demo.local, agente2@demo.local (agents)',
      '    admin@outra.local (admin of the second organization, "Outra")',
    );
  }
  console.log(lines.join('\n') + '\n');
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // A terminal's Ctrl+C reaches both npm and node: the repeat must not kill a graceful shutdown.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      running.app.log.info({ signal }, 'shutting down');
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
}
