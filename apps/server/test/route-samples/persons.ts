// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): the persons module's
// routes with a path parameter and a body (SPEC PER-04…PER-07).
export const personsRouteSamples: Record<string, unknown> = {
  'PATCH /api/person-fields/:id': { label: 'Intruso', active: false },
};
