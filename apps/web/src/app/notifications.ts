import { notifications } from '@mantine/notifications';
import { playTone } from './tone';
import { readPrefs, writePrefs } from './user-prefs';

// SPEC WS-10: what the console tells the user about things they did not do themselves (new offers,
// a supervisor's pause). One helper, so every feature notifies the same way: an in-app toast,
// a system notification when the tab is not in sight and the browser allows it, and a sound
// when the user keeps sound on.

export type NotifyInput = {
  title: string;
  body: string;
  /** Play the chime (if the user has sound on). */
  sound?: boolean;
  /** Replaces an earlier system notification with the same tag instead of stacking. */
  tag?: string;
  color?: string;
};

export type PermissionState = NotificationPermission | 'unsupported';

let userId: string | null = null;

/** The logged-in user whose preferences (sound, speaker) apply; null after logout. */
export function setNotificationUser(id: string | null): void {
  userId = id;
}

export function notificationPermission(): PermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks the browser once, from a user gesture (browsers ignore prompts that are not). */
export async function requestNotificationPermission(): Promise<PermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  const result = await Notification.requestPermission().catch(() => Notification.permission);
  if (userId) writePrefs(userId, { notificationsAsked: true });
  return result;
}

function showSystemNotification({ title, body, tag }: NotifyInput): void {
  if (notificationPermission() !== 'granted' || document.visibilityState === 'visible') return;
  try {
    const n = new Notification(title, { body, tag, icon: '/favicon.svg' });
    n.onclick = () => {
      window.focus();
      n.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: the toast is enough.
  }
}

export function notify(input: NotifyInput): void {
  notifications.show({ title: input.title, message: input.body, color: input.color ?? 'orange', autoClose: 8000 });
  showSystemNotification(input);
  const prefs = userId ? readPrefs(userId) : null;
  if (input.sound !== false && prefs?.sound) void playTone(prefs.speakerId).catch(() => undefined);
}
