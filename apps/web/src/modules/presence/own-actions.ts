// SPEC WS-10: a pushed snapshot that pauses or logs the agent out is news only when nobody in
// this browser asked for it (a supervisor did). The agent's own actions are tracked here, in this
// tab and — through a BroadcastChannel — in the agent's other tabs, while they run and for a short
// while after, since the push of an action may arrive just after its answer.

const SETTLE_MS = 2000;

let inFlight = 0;
let peersInFlight = 0;
let quietUntil = 0;
let channel: BroadcastChannel | null = null;

type Message = { type: 'start' | 'end' };

/** Joins the agent's tabs in this browser; call again with null on logout. */
export function listenToPeerTabs(userId: string | null): void {
  channel?.close();
  channel = null;
  peersInFlight = 0;
  if (!userId || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(`atende:presence:${userId}`);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type === 'start') peersInFlight++;
    if (event.data?.type === 'end') {
      peersInFlight = Math.max(0, peersInFlight - 1);
      quietUntil = Date.now() + SETTLE_MS;
    }
  };
}

/** Wraps one of the agent's own presence requests. */
export async function ownAction<T>(run: () => Promise<T>): Promise<T> {
  inFlight++;
  channel?.postMessage({ type: 'start' } satisfies Message);
  try {
    return await run();
  } finally {
    inFlight--;
    quietUntil = Date.now() + SETTLE_MS;
    channel?.postMessage({ type: 'end' } satisfies Message);
  }
}

/** Whether a change arriving now may be the agent's own doing. */
export function ownActionPending(now = Date.now()): boolean {
  return inFlight > 0 || peersInFlight > 0 || now < quietUntil;
}
