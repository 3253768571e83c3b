import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import { rooms } from '../../../platform/realtime/realtime.js';
import { createCoalescer } from '../../../platform/util/coalesce.js';
import { wallboardQuery } from './wallboard.query.js';

// SPEC PAN-11 "updates live": any attendance.* or presence.changed event of an organization
// pushes a fresh wallboard to its supervisors and admins, at most once a second per organization
// (a burst of events costs one query; the coalescer runs once more after the burst).
export const WALLBOARD_MIN_INTERVAL_MS = 1000;

export function startWallboardLive(platform: Platform, log: FastifyBaseLogger) {
  let closed = false;
  const push = createCoalescer(async (organizationId: string) => {
    if (closed) return;
    const started = Date.now();
    try {
      const board = await platform.tenant.inTenant(organizationId, null, (s) => wallboardQuery(s));
      for (const role of ['supervisor', 'admin']) platform.realtime.publish(rooms.role(organizationId, role), 'wallboard.updated', board);
    } catch (err) {
      if (!closed) log.warn({ err, organizationId }, 'wallboard push failed');
    }
    const wait = WALLBOARD_MIN_INTERVAL_MS - (Date.now() - started);
    if (wait > 0 && !closed) await new Promise((resolve) => setTimeout(resolve, wait).unref());
  });
  platform.events.on('*', 'panels.wallboard', (event) => {
    if (!event.type.startsWith('attendance.') && event.type !== 'presence.changed') return;
    // Not awaited: the event's other listeners and the outbox do not wait for the wallboard.
    void push(event.organizationId);
  });
  return {
    close() {
      closed = true;
    },
  };
}
