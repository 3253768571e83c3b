export * from './principal.js';
export { authPlugin, createAuthService, principalOf, type AuthService } from './auth.plugin.js';
