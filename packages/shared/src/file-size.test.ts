import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.js';

describe('formatFileSize', () => {
  it('writes small files in bytes, not rounded up to a kilobyte', () => {
    expect(formatFileSize(44, 'pt-BR')).toBe('44 B');
    expect(formatFileSize(0, 'en')).toBe('0 B');
    expect(formatFileSize(1023, 'en')).toBe('1023 B');
  });

  it('writes kilobytes whole and megabytes with one decimal in the locale', () => {
    expect(formatFileSize(14 * 1024, 'pt-BR')).toBe('14 KB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'pt-BR')).toBe('1,5 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });

  it('never writes 1024 KB', () => {
    expect(formatFileSize(1024 * 1024 - 100, 'en')).toBe('1 MB');
  });
});
