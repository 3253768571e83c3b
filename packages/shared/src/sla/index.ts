// SPEC PAN-03/PAN-04: pure SLA and business-calendar arithmetic, shared by the server and the console.
export * from './holidays.js';
export * from './calendar.js';
export * from './business-time.js';
export * from './sla.js';
export { localDateOf, localMinuteOfDay, localTimeToUtc, type LocalDate } from './zoned-time.js';
