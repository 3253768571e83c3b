import { detectAttachmentType } from './file-types.js';

// SPEC ATT-05, CH-02, CH-03: media a channel brings (voice notes, videos, office documents) is accepted
// by what its bytes are, never by the provider's declared type alone. The declared type only tells
// containers apart that share a signature (an .m4a and an .mp4, a .docx and an .xlsx).

const OFFICE = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);
const latin = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

export const MAX_MEDIA_BYTES = 100 * 1024 * 1024;

export function detectMediaType(bytes: Buffer, declared = ''): string | undefined {
  const known = detectAttachmentType(bytes);
  if (known) return known;
  const type = declared.split(';')[0]!.trim().toLowerCase();
  if (latin(bytes, 0, 4) === 'OggS') return type === 'video/ogg' ? 'video/ogg' : 'audio/ogg';
  if (latin(bytes, 0, 6) === '#!AMR\n') return 'audio/amr';
  if (latin(bytes, 0, 3) === 'ID3' || (bytes[0] === 0xff && (bytes[1]! & 0xe6) === 0xe2)) return 'audio/mpeg';
  if (bytes[0] === 0xff && (bytes[1]! & 0xf6) === 0xf0) return 'audio/aac';
  if (latin(bytes, 4, 8) === 'ftyp') {
    const brand = latin(bytes, 8, 11);
    if (brand === '3gp') return 'video/3gpp';
    if (brand === 'M4A' || type.startsWith('audio/')) return 'audio/mp4';
    return 'video/mp4';
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return type.startsWith('audio/') ? 'audio/webm' : 'video/webm';
  if (latin(bytes, 0, 4) === 'PK\u0003\u0004' && OFFICE.has(type)) return type;
  // Plain text has no signature: accept it only when declared so and free of control bytes.
  if (type === 'text/plain' && !bytes.subarray(0, 4096).some((c) => c < 9 || (c > 13 && c < 32))) return 'text/plain';
  return undefined;
}
