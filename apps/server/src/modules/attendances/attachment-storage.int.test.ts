import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/uploads.js';
import { rowsOf } from '../../../test/rows.js';
import { startLocalS3, type LocalS3 } from '../../../test/s3-server.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import type { Config } from '../../platform/config.js';
import { moveInlineBlobs } from '../../platform/storage/inline-blob-mover.js';
import { inlineAttachments } from './attachments.repository.js';
import { assignAttendance, openAttendance, storeAttachment } from './index.js';

// ARCHITECTURE §3a Storage: attachments (ATT-05) and photos (WS-01) live in blob storage, on disk or
// in an S3-compatible bucket, and files kept in the database before migration 0014 move there at start.

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A PDF of `size` bytes: the signature, then noise. */
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let n = 0;
  for (const e of entries) n += e.isDirectory() ? await countFiles(path.join(dir, e.name)) : 1;
  return n;
}

type Driver = { name: 'fs' | 's3'; config: Partial<Config>; blobCount(): Promise<number>; close(): Promise<void> };

async function fsDriver(): Promise<Driver> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-data-'));
  return {
    name: 'fs',
    config: { storageDriver: 'fs', dataDir },
    blobCount: () => countFiles(path.join(dataDir, 'blobs', 'objects')),
    close: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function s3Driver(): Promise<Driver> {
  const s3: LocalS3 = await startLocalS3();
  const { endpoint, region, forcePathStyle, accessKeyId, secretAccessKey, bucket } = s3.config;
  const client = new S3Client({ endpoint, region, forcePathStyle, credentials: { accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey! } });
  return {
    name: 's3',
    config: { storageDriver: 's3', s3: s3.config },
    blobCount: async () => (await client.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount ?? 0,
    close: () => s3.close(),
  };
}

describe.each([
  { name: 'filesystem', open: fsDriver },
  { name: 'S3 (s3rver)', open: s3Driver },
])('blob storage: $name driver', ({ open }) => {
  let driver: Driver;
  let t: TestApp;
  let agent: Session;
  let org: string;

  /** A web-chat conversation handed straight to the agent. */
  const served = async () => {
    const webchat = ((await agent.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    return t.app.platform.tenant.inTenant(org, null, async (s) => {
      const opened = await openAttendance(t.app.platform, s, {
        channelId: webchat.id,
        channelType: 'webchat',
        queueId: webchat.queueId,
        contact: { name: 'Cliente' },
        contactIdentity: `visitor-${crypto.randomUUID()}`,
        personId: null,
        priority: 0,
      });
      return (await assignAttendance(t.app.platform, s, opened.id, agent.me.id, new Date()))!.id;
    });
  };

  beforeAll(async () => {
    driver = await open();
    t = await createTestApp({ config: driver.config });
    agent = await t.login('agente@demo.local');
    org = agent.me.organizationId;
  });
  afterAll(async () => {
    await t?.close();
    await driver?.close();
  });

  it('uploads a 3 MB attachment and downloads it byte for byte with its headers', async () => {
    expect(t.app.platform.storage.driver).toBe(driver.name);
    const id = await served();
    const before = await driver.blobCount();
    const file = pdf(3 * 1024 * 1024);
    const up = await agent.inject({ method: 'POST', url: `/api/attendances/${id}/attachments`, ...multipart('contrato 1.pdf', 'text/plain', file) });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ fileName: 'contrato 1.pdf', contentType: 'application/pdf', size: file.length });
    expect(await driver.blobCount()).toBe(before + 1);

    const down = await agent.inject({ url: `/api/attendances/${id}/attachments/${up.json().id}` });
    expect(down.statusCode).toBe(200);
    expect(down.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(file.length),
      'content-disposition': `inline; filename="${encodeURIComponent('contrato 1.pdf')}"`,
      'x-content-type-options': 'nosniff',
    });
    expect(down.rawPayload.equals(file)).toBe(true);
  });

  it('keeps nothing of an upload that is too large or not an image or PDF', async () => {
    const id = await served();
    const before = await driver.blobCount();
    const big = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${id}/attachments`,
      ...multipart('big.pdf', 'application/pdf', pdf(10 * 1024 * 1024 + 1)),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('ATTACHMENT_TOO_LARGE');
    const exe = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${id}/attachments`,
      ...multipart('x.pdf', 'application/pdf', Buffer.from('MZ not a pdf')),
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.code).toBe('ATTACHMENT_INVALID');
    expect(await driver.blobCount()).toBe(before);
  });

  it('deletes the stored file again when the transaction that records it fails', async () => {
    const id = await served();
    const before = await driver.blobCount();
    await expect(
      t.app.platform.tenant.inTenant(org, null, async (s) => {
        await storeAttachment(t.app.platform, s, id, 'media.png', PNG);
        throw new Error('the message could not be saved');
      }),
    ).rejects.toThrow('the message could not be saved');
    expect(await driver.blobCount()).toBe(before);
  });

  it('stores a photo, replaces it without leaving the old one, and removes it', async () => {
    const before = await driver.blobCount();
    const first = await agent.inject({ method: 'PUT', url: '/api/auth/me/avatar', ...multipart('me.png', 'image/png', PNG) });
    expect(first.statusCode).toBe(200);
    const webp = Buffer.concat([Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), randomBytes(64)]);
    const second = await agent.inject({ method: 'PUT', url: '/api/auth/me/avatar', ...multipart('me.webp', 'image/webp', webp) });
    const img = await agent.inject({ url: second.json().avatarUrl });
    expect(img.headers['content-type']).toBe('image/webp');
    expect(img.rawPayload.equals(webp)).toBe(true);
    await expect.poll(() => driver.blobCount()).toBe(before + 1);
    await agent.inject({ method: 'DELETE', url: '/api/auth/me/avatar' });
    expect((await agent.inject({ url: second.json().avatarUrl })).statusCode).toBe(404);
    await expect.poll(() => driver.blobCount()).toBe(before);
  });

  it('moves files kept in the database into storage at start, and they stay readable', async () => {
    const id = await served();
    const userId = agent.me.id;
    const old = pdf(200_000);
    const inserted = await t.database.db.execute(
      sql`insert into attachments (organization_id, attendance_id, file_name, content_type, size, data)
          values (${org}, ${id}, 'antigo.pdf', 'application/pdf', ${old.length}, ${old}) returning id`,
    );
    const fileId = rowsOf(inserted)[0]!.id as string;
    await t.database.db.execute(
      sql`insert into user_avatars (user_id, organization_id, content_type, data) values (${userId}, ${org}, 'image/png', ${PNG})
          on conflict (user_id) do update set data = excluded.data, storage_key = null, content_type = 'image/png'`,
    );
    // Another instance starting over the same database runs the move before it is ready.
    const second = await createTestApp({ database: { ...t.database, close: async () => {} }, seed: false, config: driver.config });
    try {
      const left = await t.database.db.execute(
        sql`select (select count(*) from attachments where data is not null) + (select count(*) from user_avatars where data is not null) as n`,
      );
      expect(Number(rowsOf(left)[0]!.n)).toBe(0);
      const down = await agent.inject({ url: `/api/attendances/${id}/attachments/${fileId}` });
      expect(down.statusCode).toBe(200);
      expect(down.rawPayload.equals(old)).toBe(true);
      const photo = await agent.inject({ url: `/api/users/${userId}/avatar` });
      expect(photo.rawPayload.equals(PNG)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('moves each row exactly once when two instances move at the same time', async () => {
    const id = await served();
    const files = Array.from({ length: 20 }, (_, i) => pdf(1000 + i));
    for (const f of files) {
      await t.database.db.execute(
        sql`insert into attachments (organization_id, attendance_id, file_name, content_type, size, data)
            values (${org}, ${id}, 'lote.pdf', 'application/pdf', ${f.length}, ${f})`,
      );
    }
    const before = await driver.blobCount();
    const deps = { tenant: t.app.platform.tenant, storage: t.app.platform.storage };
    const moved = await Promise.all([moveInlineBlobs(deps, inlineAttachments), moveInlineBlobs(deps, inlineAttachments)]);
    expect(moved[0] + moved[1]).toBe(files.length);
    expect(await driver.blobCount()).toBe(before + files.length);
    expect(await moveInlineBlobs(deps, inlineAttachments)).toBe(0);
  });
});
