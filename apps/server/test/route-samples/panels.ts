// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): one per route of the
// panels module that has a path parameter and takes a body; `null` for a route without body.
export const panelsRouteSamples: Record<string, unknown> = {
  'PUT /api/panels/preferences/:grid': { columns: ['code'] },
};
