import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTarget, createOutboundFetch, isPrivateAddress, resolveAllowedHost } from './outbound-fetch.js';

let server: Server;
let port: number;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/redirect') {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/ok` }).end();
      return;
    }
    if (req.url === '/slow') return; // never answers
    res.writeHead(200, { 'content-type': 'text/plain' }).end('olá');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('which addresses are private', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.0.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    'not-an-ip',
  ])('refuses %s', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '200.147.67.142', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows %s', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('the guarded fetch', () => {
  const guarded = createOutboundFetch({ allowPrivateTargets: false });
  const open = createOutboundFetch({ allowPrivateTargets: true });

  it('refuses loopback by address and by name, without sending anything', async () => {
    const before = hits;
    await expect(guarded(`http://127.0.0.1:${port}/ok`)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(guarded(`http://[::1]:${port}/ok`)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(guarded(`http://localhost:${port}/ok`)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    expect(hits).toBe(before);
  });

  it('refuses what is not http(s)', async () => {
    await expect(guarded('file:///etc/passwd')).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(guarded('not a url')).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
  });

  it('reaches a local server when private targets are allowed, and never follows a redirect', async () => {
    const ok = await open(`http://127.0.0.1:${port}/ok`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('olá');
    const before = hits;
    const redirected = await open(`http://127.0.0.1:${port}/redirect`);
    expect(redirected.status).toBe(302);
    expect(hits).toBe(before + 1);
  });

  it('gives up at its deadline', async () => {
    await expect(open(`http://127.0.0.1:${port}/slow`, { timeoutMs: 200 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('checks a URL an admin saves the same way', async () => {
    await expect(checkTarget(`http://localhost:${port}/`, false)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(checkTarget('http://10.0.0.5/hook', false)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(checkTarget('ftp://example.com/', true)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(checkTarget(`http://localhost:${port}/`, true)).resolves.toBeUndefined();
  });
});

// The SMTP host of "Administração → E-mail" goes through the same guard, resolved to the address used.
describe('resolveAllowedHost', () => {
  it('refuses loopback and private hosts unless allowed, by address or by name', async () => {
    await expect(resolveAllowedHost('127.0.0.1', false)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(resolveAllowedHost('[::1]', false)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(resolveAllowedHost('localhost', false)).rejects.toMatchObject({ code: 'TARGET_NOT_ALLOWED' });
    await expect(resolveAllowedHost('127.0.0.1', true)).resolves.toBe('127.0.0.1');
    await expect(resolveAllowedHost('93.184.216.34', false)).resolves.toBe('93.184.216.34');
  });
});
