#!/usr/bin/env node
// `npm run dev`: the server under `tsx watch` and the web console under vite's dev server,
// side by side with prefixed output. Stopping either stops both.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/targets.mjs';

const bin = (dir, name) => [path.join(ROOT, dir, 'node_modules/.bin', name), path.join(ROOT, 'node_modules/.bin', name)].find(existsSync);

const processes = [
  { name: 'server', command: bin('apps/server', 'tsx'), args: ['watch', 'apps/server/src/main.ts'], cwd: ROOT },
  { name: 'web', command: bin('apps/web', 'vite'), args: [], cwd: path.join(ROOT, 'apps/web') },
];

const children = [];
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

function prefixed(stream, name, out) {
  let pending = '';
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) out.write(`[${name}] ${line}\n`);
  });
  stream.on('end', () => pending && out.write(`[${name}] ${pending}\n`));
}

for (const p of processes) {
  if (!p.command) {
    console.error(`[dev] cannot start ${p.name}: its binary is not installed (run npm ci)`);
    stopAll(1);
    break;
  }
  const child = spawn(p.command, p.args, { cwd: p.cwd, env: { ...process.env, FORCE_COLOR: '1' } });
  prefixed(child.stdout, p.name, process.stdout);
  prefixed(child.stderr, p.name, process.stderr);
  child.on('exit', (code) => {
    if (!stopping) console.error(`[dev] ${p.name} exited (${code ?? 'signal'}); stopping the others`);
    stopAll(code ?? 1);
  });
  children.push(child);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));
