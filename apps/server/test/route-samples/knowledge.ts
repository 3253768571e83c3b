// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): one per route of the
// knowledge module that has a path parameter and takes a body (SPEC KB-01…KB-03, ATT-11, ATT-12).
const NIL = '00000000-0000-4000-8000-000000000000';
export const knowledgeRouteSamples: Record<string, unknown> = {
  'PATCH /api/knowledge/categories/:id': { name: 'Intruso', active: false },
  'PATCH /api/knowledge/items/:id': { title: 'Intruso', active: false },
  'POST /api/attendances/:id/informations': { itemId: NIL },
  'POST /api/attendances/:id/requests': { requestTypeId: NIL, description: 'Intruso' },
  'PATCH /api/requests/:id': { status: 'closed' },
  'POST /api/requests/:id/comments': { body: 'Intruso', via: 'email' },
  'POST /api/persons/:id/portal-user/resend': null,
  'PATCH /api/scripts/:id': { title: 'Intruso', active: false },
  'PATCH /api/attendance-forms/:id': { name: 'Intruso', active: false },
  'PUT /api/attendances/:id/forms/:formId': { answers: {} },
};
