import { useSyncExternalStore } from 'react';
import { prefsVersion, readPrefs, subscribePrefs, type UserPrefs } from './user-prefs';

/** The user's browser preferences, re-rendering when any of them changes. */
export function useUserPrefs(userId: string): UserPrefs {
  useSyncExternalStore(subscribePrefs, prefsVersion);
  return readPrefs(userId);
}
