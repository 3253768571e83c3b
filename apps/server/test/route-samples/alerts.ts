// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): one per route of the
// alerts module that has a path parameter and takes a body, or null (SPEC ALR-04, ALR-07).
export const alertsRouteSamples: Record<string, unknown> = {
  'PATCH /api/alerts/users/:id': { name: 'Intruso' },
  'POST /api/alerts/users/:id/deactivate': null,
  'POST /api/alerts/users/:id/reactivate': null,
  'POST /api/alerts/users/:id/invite': null,
  'POST /api/alerts/:id/seen': null,
  'POST /api/alerts/:id/assume': null,
  'POST /api/alerts/:id/close': { note: 'Intruso' },
};
