import { describe, expect, it } from 'vitest';
import type { ChannelCapabilities } from '@atende/shared';
import type { AttendanceRow } from './attendances.repository.js';
import { replyChannelState } from './conversation.js';
import { setOutboundPolicy } from './outbound-policy.js';

// SPEC KB-03, CH-02: whether a request's reply can go through its attendance's channel — only where
// an adapter delivers, and within the channel's reply window (WhatsApp's 24 hours).

const NOW = new Date('2026-12-07T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);
const row = (channelType: string, lastContactMessageAt: Date | null) => ({ channelType, lastContactMessageAt }) as AttendanceRow;

describe('replyChannelState', () => {
  setOutboundPolicy(
    (type) =>
      (({ whatsapp: { replyWindowHours: 24 }, telegram: { replyWindowHours: null } }) as Record<string, Partial<ChannelCapabilities>>)[type] as
        ChannelCapabilities | undefined,
  );

  it('is open on a delivering channel without a window, and on WhatsApp within 24 hours of the contact', () => {
    expect(replyChannelState(row('telegram', hoursAgo(500)), NOW)).toEqual({ channelType: 'telegram', unavailable: null });
    expect(replyChannelState(row('whatsapp', hoursAgo(23)), NOW)).toEqual({ channelType: 'whatsapp', unavailable: null });
  });

  it('is closed past the window, and unavailable where no adapter delivers', () => {
    expect(replyChannelState(row('whatsapp', hoursAgo(25)), NOW)).toEqual({ channelType: 'whatsapp', unavailable: 'window_closed' });
    expect(replyChannelState(row('whatsapp', null), NOW)).toEqual({ channelType: 'whatsapp', unavailable: 'window_closed' });
    expect(replyChannelState(row('manual', hoursAgo(1)), NOW)).toEqual({ channelType: 'manual', unavailable: 'channel_not_deliverable' });
  });
});
