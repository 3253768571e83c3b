import { describe, expect, it } from 'vitest';
import { ownAction, ownActionPending } from './own-actions';

describe('own actions', () => {
  it('are pending while they run and for a short while after', async () => {
    expect(ownActionPending()).toBe(false);
    let release: () => void = () => {};
    const running = ownAction(() => new Promise<void>((resolve) => (release = resolve)));
    expect(ownActionPending()).toBe(true);
    release();
    await running;
    expect(ownActionPending()).toBe(true); // the push of this action may still be on its way
    expect(ownActionPending(Date.now() + 10_000)).toBe(false);
  });

  it('settle even when the request fails', async () => {
    await expect(ownAction(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(ownActionPending(Date.now() + 10_000)).toBe(false);
  });
});
