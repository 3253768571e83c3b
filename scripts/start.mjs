#!/usr/bin/env node
// `npm start`: builds whatever is missing or older than its sources, then runs the built server
// with this process's args and environment (e.g. `npm start -- --no-demo`).
//
// The server runs inside this process rather than as a child: signals (Ctrl+C, `kill <pid>`,
// npm's own forwarding) then reach its shutdown handlers directly, exactly once per sender,
// and there is no wrapper left behind if either side dies.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BROWSER_TARGETS, ROOT, SERVER_TARGET, buildStale } from './lib/targets.mjs';

// A browser app that has no entry yet only means that part of the product is not served.
if (!buildStale(BROWSER_TARGETS, { allowMissing: true }) || !buildStale([SERVER_TARGET])) process.exit(1);

process.setSourceMapsEnabled(true);
process.chdir(ROOT); // DATA_DIR and other relative paths mean the same as with `node apps/server/dist/main.js` from the root
// main.js reads process.argv.slice(2), which already holds the args given to this script.
await import(pathToFileURL(path.join(ROOT, 'apps/server/dist/main.js')).href);
