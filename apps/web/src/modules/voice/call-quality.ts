// SPEC VOX-02: how a built-in call sounds, from the browser's WebRTC statistics (the inbound audio:
// packets lost and jitter between two readings), shown as a small indicator on the call card.

export type QualityReading = { packetsReceived: number; packetsLost: number; jitterSeconds: number };
export type CallQuality = { level: 'good' | 'fair' | 'poor'; lossPercent: number; jitterMs: number };

/** Above these a voice call is noticeably degraded (ITU-T G.1020-style thresholds for Opus). */
const FAIR = { loss: 1, jitterMs: 30 };
const POOR = { loss: 5, jitterMs: 75 };

/** The quality over the interval between two readings; null until packets arrived in it. */
export function callQuality(previous: QualityReading | null, now: QualityReading): CallQuality | null {
  const received = now.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = Math.max(0, now.packetsLost - (previous?.packetsLost ?? 0));
  if (received + lost <= 0) return null;
  const lossPercent = Math.round((lost / (received + lost)) * 1000) / 10;
  const jitterMs = Math.round(now.jitterSeconds * 1000);
  const level =
    lossPercent >= POOR.loss || jitterMs >= POOR.jitterMs ? 'poor' : lossPercent >= FAIR.loss || jitterMs >= FAIR.jitterMs ? 'fair' : 'good';
  return { level, lossPercent, jitterMs };
}

/** The inbound audio counters of a peer connection's statistics. */
export function readQuality(stats: RTCStatsReport): QualityReading | null {
  let reading: QualityReading | null = null;
  stats.forEach((r: { type: string; kind?: string; packetsReceived?: number; packetsLost?: number; jitter?: number }) => {
    if (r.type !== 'inbound-rtp' || r.kind !== 'audio') return;
    reading = { packetsReceived: r.packetsReceived ?? 0, packetsLost: r.packetsLost ?? 0, jitterSeconds: r.jitter ?? 0 };
  });
  return reading;
}
