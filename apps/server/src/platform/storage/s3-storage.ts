import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable, Transform } from 'node:stream';
import type { S3Config } from '../config.js';
import { assertBlobKey } from './blob-key.js';
import type { BlobStorage } from './storage.js';

const notFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);

/** Counts the bytes that pass, so a streamed upload of unknown length still reports its size. */
function byteCounter() {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counter.bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { bytes: number };
  counter.bytes = 0;
  return counter;
}

/**
 * Blobs in an S3-compatible bucket, so several instances share them (ARCHITECTURE §3a). Streams
 * of unknown length go up as multipart uploads (lib-storage), never buffered whole.
 */
export function createS3Storage(config: S3Config): BlobStorage {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
    // Checksums only where S3 demands them: many S3-compatible servers reject the SDK's default
    // trailing checksums on streamed bodies.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = config.bucket;

  return {
    driver: 's3',
    async put(key, body, { contentType }) {
      assertBlobKey(key);
      if (Buffer.isBuffer(body)) {
        await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length }));
        return { size: body.length };
      }
      const counter = byteCounter();
      // A failed source must fail the upload, not leave it waiting for more parts.
      (body as Readable).once('error', (error) => counter.destroy(error));
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: (body as Readable).pipe(counter), ContentType: contentType } });
      await upload.done();
      return { size: counter.bytes };
    },
    async get(key) {
      assertBlobKey(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return {
          stream: out.Body as Readable,
          size: out.ContentLength ?? 0,
          contentType: out.ContentType ?? 'application/octet-stream',
        };
      } catch (error) {
        if (notFound(error)) return undefined;
        throw error;
      }
    },
    async delete(key) {
      assertBlobKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
