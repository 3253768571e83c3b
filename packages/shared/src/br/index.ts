// Brazilian data helpers (ARCHITECTURE §1): pure code shared by the server and the browser apps.
export * from './documents.js';
export * from './phone.js';
export * from './text.js';
export * from './cep.js';
