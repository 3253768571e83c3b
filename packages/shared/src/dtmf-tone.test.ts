import { describe, expect, it } from 'vitest';
import { dtmfFrequencies } from './dtmf-tone.js';

describe('keypad tones (SPEC VOX-02)', () => {
  it('gives each key its row and column frequencies', () => {
    expect(dtmfFrequencies('1')).toEqual([697, 1209]);
    expect(dtmfFrequencies('5')).toEqual([770, 1336]);
    expect(dtmfFrequencies('9')).toEqual([852, 1477]);
    expect(dtmfFrequencies('*')).toEqual([941, 1209]);
    expect(dtmfFrequencies('0')).toEqual([941, 1336]);
    expect(dtmfFrequencies('#')).toEqual([941, 1477]);
    expect(dtmfFrequencies('d')).toEqual([941, 1633]);
  });

  it('has no tone for anything else', () => {
    expect(dtmfFrequencies('x')).toBeNull();
    expect(dtmfFrequencies('12')).toBeNull();
    expect(dtmfFrequencies('')).toBeNull();
  });
});
