import { describe, expect, it } from 'vitest';
import { alertTimeText } from './alert-time';

// SPEC ALR-02: the card shows when the alert was fired as "dd/MM/yyyy HH:mm:ss", in the viewer's time zone.
describe('alertTimeText', () => {
  it('reads day, month, year and the time to the second in local time', () => {
    const local = new Date(2026, 11, 7, 7, 5, 9);
    expect(alertTimeText(local.toISOString())).toBe('07/12/2026 07:05:09');
  });
  it('is empty for a date it cannot read', () => {
    expect(alertTimeText('not a date')).toBe('');
  });
});
