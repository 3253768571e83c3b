import { describe, expect, it } from 'vitest';
import { dialable } from './dialable';

describe('dialable', () => {
  it('keeps digits, *, # and +, and caps the length', () => {
    expect(dialable('(11) 4000-0000')).toBe('1140000000');
    expect(dialable('+55 *21#')).toBe('+55*21#');
    expect(dialable('ramal abc')).toBe('');
    expect(dialable('9'.repeat(50))).toHaveLength(32);
  });
});
