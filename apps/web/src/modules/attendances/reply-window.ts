// SPEC CH-02: WhatsApp lets an agent write freely only within 24 hours of the contact's last
// message; after that only an approved template may start the conversation again. The composer
// shows the time left and, once it is over, the template picker instead of the text box.

export type ReplyWindow =
  /** The channel has no window (web chat, Telegram…): free text at any time. */
  { state: 'unlimited' } | { state: 'open'; msLeft: number; hours: number; minutes: number } | { state: 'closed' };

type Input = {
  /** The channel's `capabilities.replyWindowHours`; null when it has none. */
  windowHours: number | null | undefined;
  lastContactMessageAt: string | null;
  now: number;
  /**
   * The `lastContactMessageAt` seen when the server refused free text (409 CHANNEL_WINDOW_CLOSED):
   * the server's word wins over this clock until the contact writes again.
   */
  refusedAt?: string | null;
};

const MINUTE = 60_000;

export function replyWindow({ windowHours, lastContactMessageAt, now, refusedAt }: Input): ReplyWindow {
  if (windowHours === null || windowHours === undefined) return { state: 'unlimited' };
  // A contact who never wrote opened no window (an attendance the agent started).
  if (!lastContactMessageAt) return { state: 'closed' };
  if (refusedAt !== undefined && refusedAt === lastContactMessageAt) return { state: 'closed' };
  const since = Date.parse(lastContactMessageAt);
  if (Number.isNaN(since)) return { state: 'closed' };
  const msLeft = since + windowHours * 3_600_000 - now;
  if (msLeft <= 0) return { state: 'closed' };
  // Rounded down: "0 h 0 min" would read as closed while it is still open, so show at least 1 min.
  const totalMinutes = Math.max(1, Math.floor(msLeft / MINUTE));
  return { state: 'open', msLeft, hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** When to look again: at the next whole minute of the countdown (never sooner than a second). */
export function nextTick(window: ReplyWindow): number | null {
  if (window.state !== 'open') return null;
  return Math.max(1000, window.msLeft % MINUTE || MINUTE);
}
