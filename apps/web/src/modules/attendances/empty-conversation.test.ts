import { describe, expect, it } from 'vitest';
import { emptyConversation } from './empty-conversation';

describe('emptyConversation', () => {
  it('promises a protocol from the first reply only while there is none', () => {
    expect(emptyConversation({ protocol: null, channelType: 'webchat' }, true)).toBe('pending');
  });

  it('does not promise one for a manual start, whose protocol was issued when it opened', () => {
    expect(emptyConversation({ protocol: '2026-0000000001', channelType: 'manual' }, true)).toBe('manual');
  });

  it('says only that nothing was written when the protocol exists on another channel', () => {
    expect(emptyConversation({ protocol: '2026-0000000002', channelType: 'voice' }, true)).toBe('issued');
  });

  it('asks nothing of a reader who cannot write (history, another agent’s attendance)', () => {
    expect(emptyConversation({ protocol: null, channelType: 'webchat' }, false)).toBe('closed');
  });
});
