// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): one per route of the
// collaboration module that has a path parameter and takes a body (SPEC ALR-04 "Conversas").
const NIL = '00000000-0000-4000-8000-000000000000';
export const collaborationRouteSamples: Record<string, unknown> = {
  'PATCH /api/chats/:id': { name: 'Intrusos' },
  'POST /api/chats/:id/members': { userIds: [NIL] },
  'POST /api/chats/:id/messages': { body: 'intruso' },
  'POST /api/chats/:id/read': { seq: 1 },
};
