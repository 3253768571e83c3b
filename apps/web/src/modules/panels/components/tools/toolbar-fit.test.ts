import { describe, expect, it } from 'vitest';
import { fittingCount } from './toolbar-fit';

describe('tools that fit the toolbar (PAN-10)', () => {
  it('keeps every tool when all fit, without the menu button', () => {
    expect(fittingCount([100, 100, 100], 316, 8, 60)).toBe(3);
  });
  it('moves the tools that do not fit to the menu, leaving room for its button', () => {
    // 100 + 8 + 100 + 8 + 60 = 276 ≤ 300; a third tool would need 384.
    expect(fittingCount([100, 100, 100], 300, 8, 60)).toBe(2);
    expect(fittingCount([100, 100, 100], 150, 8, 60)).toBe(0);
    expect(fittingCount([], 0, 8, 60)).toBe(0);
  });
});
