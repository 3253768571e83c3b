// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): one per route of the
// voice module that has a path parameter and takes a body; `null` for a route without body.
export const voiceRouteSamples: Record<string, unknown> = {
  'POST /api/voice/calls/:id/answer': null,
  'POST /api/voice/calls/:id/hangup': null,
  'POST /api/voice/calls/:id/hold': null,
  'POST /api/voice/calls/:id/unhold': null,
  'POST /api/voice/calls/:id/mute': { muted: true },
  'POST /api/voice/calls/:id/transfer': { toQueueId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/voice/calls/:id/dtmf': { digits: '1' },
  'POST /api/voice/callbacks/:id/done': null,
  'PUT /api/users/:id/sip': { password: 'intruso-123' },
};
