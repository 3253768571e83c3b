import { describe, expect, it } from 'vitest';
import { emptyListHint } from './empty-list-hint';

describe('emptyListHint', () => {
  it('asks an agent outside every chat channel to log into one', () => {
    expect(emptyListHint({ online: false, paused: false })).toBe('offline');
    expect(emptyListHint(undefined)).toBe('offline');
  });

  it('tells an agent paused in every logged channel that they are paused, not offline', () => {
    expect(emptyListHint({ online: true, paused: true })).toBe('paused');
  });

  it('tells an agent receiving in at least one channel that attendances will come', () => {
    expect(emptyListHint({ online: true, paused: false })).toBe('online');
  });
});
