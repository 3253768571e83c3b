import { describe, expect, it } from 'vitest';
import { isAcceptedFile, MAX_ATTACHMENT_BYTES } from './attachment';

describe('isAcceptedFile', () => {
  it('takes images and PDFs up to 10 MB', () => {
    expect(isAcceptedFile({ type: 'image/png', size: 1000 })).toBe(true);
    expect(isAcceptedFile({ type: 'application/pdf', size: MAX_ATTACHMENT_BYTES })).toBe(true);
    expect(isAcceptedFile({ type: 'application/pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toBe(false);
    expect(isAcceptedFile({ type: 'text/html', size: 10 })).toBe(false);
    expect(isAcceptedFile({ type: 'image/png', size: 0 })).toBe(false);
  });
});
