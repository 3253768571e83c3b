import { describe, expect, it } from 'vitest';
import { caseOrigin } from './case-fields.js';
import { taskFields } from './task-fields.js';

// SPEC CRM-01, CRM-02: one Case builder and one Task builder for calls and chats.
describe('Case origin and Task fields by kind', () => {
  it('maps each channel to a Case.Origin Salesforce knows', () => {
    expect(caseOrigin('voice')).toBe('Phone');
    expect(caseOrigin('email')).toBe('Email');
    expect(caseOrigin('webchat')).toBe('Web');
    for (const messaging of ['whatsapp', 'telegram', 'messenger', 'instagram', 'api', 'manual']) expect(caseOrigin(messaging)).toBe('Chat');
  });

  it('writes a call as a Call Task and a chat as a plain Task, both completed with the link', () => {
    const at = new Date('2026-03-04T15:00:00Z');
    expect(
      taskFields({
        caseId: '500A',
        protocol: '2026-0000000001',
        link: 'https://x/rec',
        activity: { kind: 'call', direction: 'out', durationSeconds: 42, at },
      }),
    ).toEqual({
      WhatId: '500A',
      Subject: '2026-0000000001',
      Description: 'https://x/rec',
      TaskSubtype: 'Call',
      CallType: 'Outbound',
      CallDurationInSeconds: 42,
      Status: 'Completed',
      ActivityDate: '2026-03-04',
    });
    expect(taskFields({ caseId: '500B', protocol: '2026-0000000002', link: 'https://x/chat', activity: { kind: 'chat', at } })).toEqual({
      WhatId: '500B',
      Subject: '2026-0000000002',
      Description: 'https://x/chat',
      TaskSubtype: 'Task',
      Status: 'Completed',
      ActivityDate: '2026-03-04',
    });
  });
});
