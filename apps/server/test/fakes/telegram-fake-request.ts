import type { IncomingMessage } from 'node:http';

// How the fake Bot API reads a method's parameters: like Telegram, from the query string, a JSON
// body, a urlencoded form or a multipart form (files arrive as uploads).

export type FakeUpload = { fileName: string; mimeType: string; bytes: Buffer };
export type FakeParams = { fields: Record<string, unknown>; files: Record<string, FakeUpload> };

export async function readParams(req: IncomingMessage, url: URL): Promise<FakeParams> {
  const fields: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const files: Record<string, FakeUpload> = {};
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (body.length === 0) return { fields, files };
  if (type.startsWith('application/json')) {
    Object.assign(fields, JSON.parse(body.toString('utf8')) as Record<string, unknown>);
  } else if (type.startsWith('application/x-www-form-urlencoded')) {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (type.startsWith('multipart/form-data')) {
    // undici parses multipart for us: the same parser Node's own fetch uses.
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
    for (const [name, value] of form) {
      if (typeof value === 'string') {
        fields[name] = value;
      } else {
        files[name] = { fileName: value.name, mimeType: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
      }
    }
  }
  return { fields, files };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
