// Sample bodies for the tenant route walk (src/tenant-route-walk.int.test.ts): one per route of the
// service module that has a path parameter and takes a body; `null` for a route without body.
export const serviceRouteSamples: Record<string, unknown> = {
  // config (SPEC PAN-02…PAN-04)
  'PATCH /api/processes/:id': { name: 'Intruso', active: false },
  'POST /api/processes/:id/subprocesses': { name: 'Intruso', durationHours: 1 },
  'PATCH /api/subprocesses/:id': { name: 'Intruso', position: 1 },
  'PATCH /api/classifications/:id': { name: 'Intruso', active: false },
  'PATCH /api/contact-origins/:id': { name: 'Intruso', active: false },
  'PATCH /api/sla-reasons/:id': { name: 'Intruso', active: false },
  'PATCH /api/calendars/:id': { name: 'Intruso', nationalHolidays: false },
  'POST /api/calendars/:id/holidays': { date: '2026-12-31', name: 'Intruso' },
  'PATCH /api/sla-policies/:id': { name: 'Intruso', active: false },
  // attendance service data (SPEC PAN-03…PAN-06)
  'PATCH /api/attendances/:id/service': { description: 'Intruso' },
  'POST /api/attendances/:id/take': null,
  'POST /api/attendances/:id/release': null,
  'POST /api/attendances/:id/forward': { processId: '00000000-0000-4000-8000-000000000000', comment: 'Intruso' },
  'POST /api/attendances/:id/subprocess/close': { comment: 'Intruso' },
  'POST /api/attendances/:id/survey/resend': null,
  'POST /api/attendances/:id/sla/preview': { unit: 'hours', quantity: 1 },
  'POST /api/attendances/:id/sla/increment': {
    reasonId: '00000000-0000-4000-8000-000000000000',
    observations: 'Intruso',
    unit: 'hours',
    quantity: 1,
    confirm: true,
  },
  'POST /api/attendances/:id/sla/pause': { reasonId: '00000000-0000-4000-8000-000000000000', observations: 'Intruso', confirm: true },
  'POST /api/attendances/:id/sla/resume': {},
  'POST /api/attendances/:id/service-orders': { status: 'unscheduled', scheduledAt: null, description: 'Intruso' },
  'PATCH /api/service-orders/:id': { description: 'Intruso' },
};
