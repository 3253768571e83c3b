import { describe, expect, it } from 'vitest';
import { telUrl } from './dialer';

describe('tel: link of the service number (SPEC ALR-03)', () => {
  it('keeps the digits and a leading +', () => {
    expect(telUrl('+55 (11) 4000-0000')).toBe('tel:+551140000000');
    expect(telUrl('190')).toBe('tel:190');
    expect(telUrl(' (11) 4000-0000 ')).toBe('tel:1140000000');
  });

  it('is null without a number', () => {
    expect(telUrl(null)).toBeNull();
    expect(telUrl('')).toBeNull();
    expect(telUrl('n/a')).toBeNull();
  });
});
