// CH-02: a provider number takes so many messages a second (WhatsApp: 80 by default). Each channel has
// a token bucket in this process; a send waits for its slot instead of earning a 130429 from Meta.
// With several instances each keeps its own bucket: set the channel's rate to its share.

type Bucket = { tokens: number; at: number; rate: number };

export function createRateLimiter(now: () => number = () => performance.now()) {
  const buckets = new Map<string, Bucket>();
  return {
    /** Resolves when the channel may send one more message. */
    async acquire(channelId: string, ratePerSecond: number): Promise<void> {
      for (;;) {
        const t = now();
        const b = buckets.get(channelId) ?? { tokens: ratePerSecond, at: t, rate: ratePerSecond };
        b.rate = ratePerSecond;
        b.tokens = Math.min(ratePerSecond, b.tokens + ((t - b.at) / 1000) * ratePerSecond);
        b.at = t;
        buckets.set(channelId, b);
        if (b.tokens >= 1) {
          b.tokens -= 1;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - b.tokens) / ratePerSecond) * 1000)));
      }
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
