// SPEC WS-01: the same rule the server applies (it also checks the bytes), told before uploading.
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_AVATAR_BYTES = 1024 * 1024;

/** Whether the browser may send this file as a profile photo. */
export function isAcceptableAvatar(file: { type: string; size: number }): boolean {
  return (AVATAR_TYPES as readonly string[]).includes(file.type) && file.size > 0 && file.size <= MAX_AVATAR_BYTES;
}
