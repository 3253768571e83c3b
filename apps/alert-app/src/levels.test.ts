import * as shared from '@atende/shared/schemas/alerts';
import { describe, expect, it } from 'vitest';
import { alertAppState, alertLevels, callableAlertLevels } from './levels';

// levels.ts copies the shared contract to keep zod out of the app's bundle: it must stay equal.
describe('alert levels and app states', () => {
  it('equal the shared contract', () => {
    expect(alertLevels).toEqual(shared.alertLevels);
    expect(callableAlertLevels).toEqual(shared.callableAlertLevels);
    for (const state of shared.alertStates)
      for (const receivedAt of [null, '2026-12-07T10:00:00.000Z'])
        expect(alertAppState({ state, receivedAt })).toBe(shared.alertAppState({ state, receivedAt }));
  });
});
