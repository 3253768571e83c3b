import type { FastifyReply } from 'fastify';
import type { Platform } from '../../platform/platform.js';

// Every kind of session (staff, ORG-02; alert app, ALR-01; portal, PER-06) travels in an
// HttpOnly, same-site cookie that lives as long as the session; only the cookie's name differs.

export function setSessionCookie(platform: Platform, reply: FastifyReply, name: string, token: string): void {
  reply.setCookie(name, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: platform.config.cookieSecure,
    path: '/',
    maxAge: Math.floor(platform.config.sessionTtlMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, name: string): void {
  reply.clearCookie(name, { path: '/' });
}
