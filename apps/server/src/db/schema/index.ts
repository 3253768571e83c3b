export * from './tenancy.js';
export * from './platform.js';
export * from './routing.js';
export * from './channels.js';
export * from './presence.js';
export * from './attendances.js';
export * from './persons.js';
