#!/usr/bin/env node
// `npm run build`: builds every app, whether or not it looks up to date. An app whose entry file
// does not exist yet is reported and skipped; any build that fails fails the command.
import { BROWSER_TARGETS, SERVER_TARGET, buildStale } from './lib/targets.mjs';

const ok = buildStale([...BROWSER_TARGETS, SERVER_TARGET], { force: true, allowMissing: true });
process.exit(ok ? 0 : 1);
