import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { atendePlugin } from './plugin.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = afterAll;

const ROOT = '/repo';
const options = [{ root: ROOT, packages: { '@atende/server': 'apps/server', '@atende/web': 'apps/web', '@atende/shared': 'packages/shared' } }];
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } });
const at = (file, code, errors) => ({
  filename: `${ROOT}/${file}`,
  code,
  options,
  ...(errors ? { errors: errors.map((messageId) => ({ messageId })) } : {}),
});

tester.run('module-boundaries', atendePlugin.rules['module-boundaries'], {
  valid: [
    at('apps/server/src/modules/routing/routing.plugin.ts', "import { a } from '../tenancy/index.js';"),
    at('apps/server/src/modules/routing/commands/x.command.ts', "import { a } from '../../tenancy/index.ts';"),
    at('apps/server/src/modules/routing/x.ts', "import { a } from '../tenancy';"),
    at('apps/server/src/modules/routing/commands/x.command.ts', "import { a } from '../routing.repository.js';"),
    at('apps/server/src/modules/routing/x.ts', "import { a } from '../../platform/db/client.js';"),
    at('apps/server/src/modules/index.ts', "import { a } from './routing/routing.plugin.js';"),
    at('apps/server/src/app.ts', "import { modules } from './modules/index.js';"),
    at('apps/server/src/platform/db/client.ts', "import * as schema from '../../db/schema/index.js';"),
    at('apps/web/src/app/api.ts', "import { a } from '@atende/shared';"),
    at('apps/server/src/x.ts', "import { a } from '@atende/shared/i18n';"),
    at('test/e2e/harness.ts', "import { startApp } from '../../apps/server/src/main-app.js';"),
  ],
  invalid: [
    at('apps/server/src/platform/db/x.ts', "import { a } from '../../modules/tenancy/index.js';", ['platformImportsModule']),
    at('apps/server/src/platform/x.ts', "export { a } from '../modules/index.js';", ['platformImportsModule']),
    at('apps/server/src/modules/routing/x.ts', "import { a } from '../tenancy/users.repository.js';", ['moduleInternals']),
    at('apps/server/src/modules/routing/commands/x.ts', "import type { A } from '../../tenancy/commands/login.command.js';", ['moduleInternals']),
    at('apps/server/src/modules/routing/x.ts', "const m = await import('../tenancy/seed-demo.js');", ['moduleInternals']),
    at('apps/server/src/modules/routing/x.ts', "export * from '../tenancy/x/index.js';", ['moduleInternals']),
    at('apps/web/src/app/x.ts', "import { a } from '../../../server/src/platform/config.js';", ['browserAppImportsServer']),
    at('apps/web/src/app/x.ts', "import { a } from '@atende/server';", ['browserAppImportsServer']),
    at('apps/widget/src/x.ts', "import { a } from '../../server/src/x.js';", ['browserAppImportsServer']),
    at('apps/server/src/x.ts', "import { a } from '@atende/web/src/x.js';", ['serverImportsBrowserApp']),
    at('apps/server/src/x.ts', "import { a } from '../../web/src/x.js';", ['serverImportsBrowserApp']),
    at('packages/shared/src/x.ts', "import { a } from '../../../apps/web/src/x.js';", ['sharedImportsApp']),
    at('packages/shared/src/x.ts', "import { a } from '@atende/server';", ['sharedImportsApp']),
  ],
});

// The layer order (ARCHITECTURE §3a): imports only point down, so modules never form a loop.
const LAYERS = ['tenancy', 'persons', 'queues', 'attendances', 'presence', 'routing', ['channels', 'voice'], 'service', 'panels'];
const layered = [{ ...options[0], layers: LAYERS }];
const inLayers = (file, code, errors) => ({ ...at(file, code, errors), options: layered });

tester.run('module-boundaries with layers', atendePlugin.rules['module-boundaries'], {
  valid: [
    inLayers('apps/server/src/modules/routing/commands/dispatch.command.ts', "import { a } from '../../attendances/index.js';"),
    inLayers('apps/server/src/modules/routing/x.ts', "import { a } from '../presence/index.js';"),
    inLayers('apps/server/src/modules/presence/targets.ts', "import { agentQueues } from '../queues/index.js';"),
    inLayers('apps/server/src/modules/channels/webchat/x.ts', "import type { A } from '../../queues/index.js';"),
    inLayers('apps/server/src/modules/panels/x.ts', "import { a } from '../tenancy/index.js';"),
    inLayers('apps/server/src/modules/routing/x.ts', "import { a } from './routing.repository.js';"),
    inLayers('apps/server/src/modules/index.ts', "import { a } from './widgets/index.js';"),
    inLayers('apps/server/src/seed/demo.ts', "import { a } from '../modules/panels/index.js';"),
  ],
  invalid: [
    // a lower module importing a higher one: the loops routing ↔ attendances, channels, presence
    inLayers('apps/server/src/modules/attendances/commands/x.ts', "import { queueKind } from '../../routing/index.js';", ['moduleLayer']),
    inLayers('apps/server/src/modules/presence/targets.ts', "import { a } from '../channels/index.js';", ['moduleLayer']),
    inLayers('apps/server/src/modules/queues/x.ts', "import type { A } from '../attendances/index.js';", ['moduleLayer']),
    inLayers('apps/server/src/modules/tenancy/x.ts', "const m = await import('../panels/index.js');", ['moduleLayer']),
    inLayers('apps/server/src/modules/service/x.ts', "export { a } from '../panels/index.js';", ['moduleLayer']),
    // peers that share a layer may not import each other either
    inLayers('apps/server/src/modules/channels/x.ts', "import { a } from '../voice/index.js';", ['moduleLayer']),
    inLayers('apps/server/src/modules/voice/x.ts', "import { a } from '../channels/index.js';", ['moduleLayer']),
    // a lower module, but not through its face
    inLayers('apps/server/src/modules/routing/x.ts', "import { a } from '../queues/queues.repository.js';", ['moduleInternals']),
    // a module not placed in the order: its own files, and imports of it
    inLayers('apps/server/src/modules/widgets/x.ts', 'const a = 1;', ['moduleNotListed']),
    inLayers('apps/server/src/modules/widgets/x.ts', "import { a } from '../tenancy/index.js';", ['moduleNotListed']),
    inLayers('apps/server/src/modules/panels/x.ts', "import { a } from '../widgets/index.js';", ['moduleNotListed']),
  ],
});

tester.run('disable-needs-reason', atendePlugin.rules['disable-needs-reason'], {
  valid: [
    { code: '// eslint-disable-next-line no-console -- the CLI prints to stdout\nconsole.log(1);' },
    { code: '/* eslint-enable */\nconst a = 1;' },
  ],
  invalid: [
    { code: '// eslint-disable-next-line no-console\nconsole.log(1);', errors: [{ messageId: 'reason' }] },
    { code: '/* eslint-disable no-console */\nconsole.log(1);', errors: [{ messageId: 'reason' }] },
    { code: 'console.log(1); // eslint-disable-line no-console', errors: [{ messageId: 'reason' }] },
  ],
});
