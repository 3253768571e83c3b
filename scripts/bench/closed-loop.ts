// Saturation search shared by the channel-ingest load generator and its floor: closed loops of more
// and more senders, each sending its next message once its previous one was delivered. Too few
// senders measure latency rather than capacity (concurrent webhooks share a commit), so every step
// is run and the best one is the saturation.
import { performance } from 'node:perf_hooks';
import { percentile, round } from './stats.js';

export type Step = { senders: number; messages: number; messagesPerSecond: number; p50Ms: number; p99Ms: number };

/**
 * Runs one closed loop per entry of `senders` (about `messagesPerStep` messages each); `message`
 * sends sender `k`'s `i`-th message of a step of `n` senders and resolves with its latency in ms.
 */
export async function closedLoopSteps(
  senders: number[],
  messagesPerStep: number,
  message: (k: number, n: number, i: number) => Promise<number>,
): Promise<{ steps: Step[]; peak: Step }> {
  const steps: Step[] = [];
  for (const n of senders) {
    const latencies: number[] = [];
    const perSender = Math.ceil(messagesPerStep / n);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: n }, async (_, k) => {
        for (let i = 0; i < perSender; i++) latencies.push(await message(k, n, i));
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    steps.push({
      senders: n,
      messages: latencies.length,
      messagesPerSecond: round(latencies.length / seconds),
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
    });
  }
  const peak = steps.reduce((best, s) => (s.messagesPerSecond > best.messagesPerSecond ? s : best));
  return { steps, peak };
}
