// Service (ARCHITECTURE §3): processes, classifications, contact origins, SLA (calendars, policies,
// interventions), service orders and tool permissions (SPEC PAN-02…PAN-06, ORG-03).
export { servicePlugin } from './service.plugin.js';
export { activeSlaPolicy, calendarFor, dueUnderPolicy, requireTool } from './config/api.js';
export { seedServiceDemo } from './seed-demo.js';
