import { describe, expect, it } from 'vitest';
import { formatBytes, isAcceptedFile, MAX_ATTACHMENT_BYTES } from './attachment';

describe('isAcceptedFile', () => {
  it('takes images and PDFs up to 10 MB', () => {
    expect(isAcceptedFile({ type: 'image/png', size: 1000 })).toBe(true);
    expect(isAcceptedFile({ type: 'application/pdf', size: MAX_ATTACHMENT_BYTES })).toBe(true);
    expect(isAcceptedFile({ type: 'application/pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toBe(false);
    expect(isAcceptedFile({ type: 'text/html', size: 10 })).toBe(false);
    expect(isAcceptedFile({ type: 'image/png', size: 0 })).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses the locale’s decimal mark', () => {
    expect(formatBytes(820, 'pt-BR')).toBe('820 B');
    expect(formatBytes(14 * 1024, 'pt-BR')).toBe('14 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'pt-BR')).toBe('1,5 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });
});
