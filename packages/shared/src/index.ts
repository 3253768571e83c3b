export * from './roles.js';
export * from './errors.js';
export * from './schemas/common.js';
export * from './schemas/auth.js';
export * from './schemas/tenancy.js';
export * from './schemas/workspace.js';
export * from './presence.js';
export * from './schemas/presence.js';
