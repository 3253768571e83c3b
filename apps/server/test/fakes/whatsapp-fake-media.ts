import { createHash, randomInt } from 'node:crypto';

// The fake Graph API's media: uploaded by sends, or put there by a test as if a contact had sent it.

export type StoredMedia = { id: string; bytes: Buffer; mimeType: string; sha256: string; fileSize: number; fileName?: string };

export class FakeMediaStore {
  private media = new Map<string, StoredMedia>();

  add(input: { bytes: Buffer; mimeType: string; id?: string; fileName?: string; declaredSize?: number }): StoredMedia {
    const id = input.id ?? `9${randomInt(10 ** 13, 10 ** 14)}`;
    const item: StoredMedia = {
      id,
      bytes: input.bytes,
      mimeType: input.mimeType,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      fileSize: input.declaredSize ?? input.bytes.length,
      ...(input.fileName ? { fileName: input.fileName } : {}),
    };
    this.media.set(id, item);
    return item;
  }

  get(id: string): StoredMedia | undefined {
    return this.media.get(id);
  }
}
