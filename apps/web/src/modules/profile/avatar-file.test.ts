import { describe, expect, it } from 'vitest';
import { isAcceptableAvatar, MAX_AVATAR_BYTES } from './avatar-file';

describe('isAcceptableAvatar', () => {
  it('takes PNG, JPEG and WebP images up to 1 MB', () => {
    expect(isAcceptableAvatar({ type: 'image/png', size: 68 })).toBe(true);
    expect(isAcceptableAvatar({ type: 'image/jpeg', size: MAX_AVATAR_BYTES })).toBe(true);
    expect(isAcceptableAvatar({ type: 'image/webp', size: 10 })).toBe(true);
  });

  it('refuses other types, empty files and files over 1 MB', () => {
    expect(isAcceptableAvatar({ type: 'image/gif', size: 10 })).toBe(false);
    expect(isAcceptableAvatar({ type: 'text/plain', size: 10 })).toBe(false);
    expect(isAcceptableAvatar({ type: 'image/png', size: 0 })).toBe(false);
    expect(isAcceptableAvatar({ type: 'image/png', size: MAX_AVATAR_BYTES + 1 })).toBe(false);
  });
});
