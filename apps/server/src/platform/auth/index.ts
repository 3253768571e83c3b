export * from './principal.js';
export { authPlugin, createAuthService, principalOf, type AuthService, type LogoutHook } from './auth.plugin.js';
export { roleForScopes, scopeAllows, scopeNeeded } from './token-scopes.js';
