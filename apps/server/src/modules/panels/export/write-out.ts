import type { Writable } from 'node:stream';

// Backpressure for the streamed exports (SPEC PAN-10): wait for 'drain', give up when the client
// closed the response (so the export's cursor and transaction end instead of waiting forever).
/** Resolves when the chunk may be followed by more; rejects when the client went away. */
export function writeOut(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('export stream closed'));
  if (out.write(chunk)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('export stream closed'));
    out.once('drain', onDrain);
    out.once('close', onClose);
    out.once('error', done);
  });
}
