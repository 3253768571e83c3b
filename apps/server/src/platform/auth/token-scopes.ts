import type { ApiTokenScope, Role } from '@atende/shared';

// SPEC PLT-02: what an API token may do. Scopes are levels: `read` allows GET and HEAD; `write`
// also POST, PUT, PATCH and DELETE on routes below admin; `admin` reaches admin routes too.
const LEVEL: Record<ApiTokenScope, number> = { read: 0, write: 1, admin: 2 };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function tokenLevel(scopes: readonly ApiTokenScope[]): ApiTokenScope {
  return scopes.reduce<ApiTokenScope>((best, s) => (LEVEL[s] > LEVEL[best] ? s : best), 'read');
}

/** The scope a call needs: admin for admin routes, write for any other change, read otherwise. */
export function scopeNeeded(method: string, routeRole: Role | undefined): ApiTokenScope {
  if (routeRole === 'admin') return 'admin';
  return SAFE_METHODS.has(method) ? 'read' : 'write';
}

export function scopeAllows(scopes: readonly ApiTokenScope[], method: string, routeRole: Role | undefined): boolean {
  return LEVEL[tokenLevel(scopes)] >= LEVEL[scopeNeeded(method, routeRole)];
}

/**
 * The role a token's principal carries: admin only with the admin scope, so a handler that checks
 * the role itself never grants a read or write token more than its scope.
 */
export function roleForScopes(scopes: readonly ApiTokenScope[]): Role {
  return tokenLevel(scopes) === 'admin' ? 'admin' : 'supervisor';
}

// A token acts as the admin who made it, but is not that person: it never changes their own
// session, password, profile or presence (`/api/auth/…` and `…/me/…` routes); it may read them.
const PERSONAL_ROUTE = /^\/api\/auth\/|\/me(\/|$)/;

export function personalWrite(method: string, routeUrl: string | undefined): boolean {
  return !SAFE_METHODS.has(method) && PERSONAL_ROUTE.test(routeUrl ?? '');
}
