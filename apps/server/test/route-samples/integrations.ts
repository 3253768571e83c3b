// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): the integrations
// module's routes with a path parameter (SPEC PLT-02, PLT-03, CRM-03); `null` for a route without body.
export const integrationsRouteSamples: Record<string, unknown> = {
  // A literal public address: the target check needs no DNS.
  'PUT /api/webhook-endpoints/:id': { url: 'https://93.184.216.34/intruso', events: ['attendance.created'] },
  'POST /api/webhook-endpoints/:id/secret': null,
  'POST /api/webhook-endpoints/:id/deliveries/:deliveryId/resend': null,
  // SPEC CRM-03: "Tentar novamente" on another organization's sync.
  'POST /api/integrations/salesforce/syncs/:id/retry': null,
};
