// Preferences that belong to one user on one browser (devices, notification sound), kept in
// localStorage under the user's id so two people sharing a computer keep their own.

export type UserPrefs = {
  /** SPEC WS-10: play a sound with notifications. */
  sound: boolean;
  /** The "Ativar notificações" banner was answered or dismissed. */
  notificationsAsked: boolean;
  /** SPEC WS-01 "Configurações de Dispositivos": chosen device ids ('' = browser default). */
  microphoneId: string;
  speakerId: string;
};

const defaults: UserPrefs = { sound: true, notificationsAsked: false, microphoneId: '', speakerId: '' };
const storageKey = (userId: string) => `atende:prefs:${userId}`;
const listeners = new Set<() => void>();
let version = 0;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

export function readPrefs(userId: string): UserPrefs {
  const raw = storage()?.getItem(storageKey(userId));
  if (!raw) return { ...defaults };
  try {
    const parsed = JSON.parse(raw) as Partial<UserPrefs>;
    return {
      sound: typeof parsed.sound === 'boolean' ? parsed.sound : defaults.sound,
      notificationsAsked: parsed.notificationsAsked === true,
      microphoneId: typeof parsed.microphoneId === 'string' ? parsed.microphoneId : '',
      speakerId: typeof parsed.speakerId === 'string' ? parsed.speakerId : '',
    };
  } catch {
    return { ...defaults };
  }
}

export function writePrefs(userId: string, changes: Partial<UserPrefs>): UserPrefs {
  const next = { ...readPrefs(userId), ...changes };
  try {
    storage()?.setItem(storageKey(userId), JSON.stringify(next));
  } catch {
    // full or disabled storage: the preference lasts for this page only
  }
  version++;
  for (const fn of listeners) fn();
  return next;
}

/** Changes on every write: a cheap snapshot for useSyncExternalStore. */
export function prefsVersion(): number {
  return version;
}

export function subscribePrefs(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}
