import type { createServiceOrderBody, HistoryPageQuery, patchServiceOrderBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { attendanceById, personAttendanceIds } from '../../attendances/index.js';
import { getPersonSummary } from '../../persons/index.js';
import { lockVisibleAttendance, visibleAttendance } from './access.js';
import { serviceRepo } from './attendance-service.repository.js';
import { announce, recordEvent } from './journal.js';
import { serviceOrderSummary, serviceOrdersRepo, toServiceOrder } from './service-orders.repository.js';

// SPEC PAN-06: service orders ("O.S.") of an attendance; its serviceOrderStatus summarises them.

type Address = NonNullable<z.infer<typeof createServiceOrderBody>['address']>;

function addressValues(address: Address | undefined) {
  if (!address) return {};
  const pick = (v: string | null | undefined) => (v === undefined ? undefined : v || null);
  return {
    addressCep: pick(address.cep),
    addressStreet: pick(address.street),
    addressNumber: pick(address.number),
    addressDistrict: pick(address.district),
    addressCity: pick(address.city),
    addressState: pick(address.state),
  };
}

async function refreshSummary(s: Scope, attendanceId: string) {
  const status = serviceOrderSummary(await serviceOrdersRepo.ofAttendance(s, attendanceId));
  await serviceRepo.update(s, attendanceId, { serviceOrderStatus: status });
}

/** "Uma O.S. desse atendimento foi visualizada": opening the list is an interaction too. */
export function listServiceOrdersQuery(platform: Platform, p: Principal, attendanceId: string) {
  return platform.tenant.asUser(p, async (s) => {
    await visibleAttendance(s, p, attendanceId);
    const rows = await serviceOrdersRepo.ofAttendance(s, attendanceId);
    if (rows.length) await recordEvent(s, attendanceId, 'service_order_viewed', { code: rows.at(-1)!.code, codes: rows.map((o) => o.code) });
    return { items: rows.map(toServiceOrder) };
  });
}

export function createServiceOrderCommand(platform: Platform, p: Principal, attendanceId: string, body: z.infer<typeof createServiceOrderBody>) {
  return platform.tenant.asUser(p, async (s) => {
    await lockVisibleAttendance(s, p, attendanceId);
    const row = await serviceOrdersRepo.insert(s, attendanceId, {
      status: body.status,
      scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : null,
      description: body.description,
      ...addressValues(body.address),
    });
    await refreshSummary(s, attendanceId);
    await recordEvent(s, attendanceId, 'service_order_created', { code: row.code });
    await announce(platform, s, attendanceId);
    return toServiceOrder(row);
  });
}

/** The order, and its attendance locked and visible to the caller. */
async function lockOrder(s: Scope, p: Principal, id: string) {
  const order = await serviceOrdersRepo.byId(s, id);
  if (!order) throw new AppError('SERVICE_ORDER_NOT_FOUND');
  await lockVisibleAttendance(s, p, order.attendanceId);
  return order;
}

export function updateServiceOrderCommand(
  platform: Platform,
  p: Principal,
  id: string,
  body: z.infer<typeof patchServiceOrderBody>,
  now = new Date(),
) {
  return platform.tenant.asUser(p, async (s) => {
    const order = await lockOrder(s, p, id);
    const row = await serviceOrdersRepo.update(s, id, {
      ...(body.status ? { status: body.status } : {}),
      ...(body.scheduledAt !== undefined ? { scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : null } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...addressValues(body.address),
      updatedAt: now,
    });
    await refreshSummary(s, order.attendanceId);
    await recordEvent(s, order.attendanceId, 'service_order_updated', { code: row.code });
    await announce(platform, s, order.attendanceId);
    return toServiceOrder(row);
  });
}

/** Removed orders are kept (removed_at): their events still name them. */
export function removeServiceOrderCommand(platform: Platform, p: Principal, id: string, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    const order = await lockOrder(s, p, id);
    await serviceOrdersRepo.update(s, id, { removedAt: now, updatedAt: now });
    await refreshSummary(s, order.attendanceId);
    await recordEvent(s, order.attendanceId, 'service_order_removed', { code: order.code });
    await announce(platform, s, order.attendanceId);
  });
}

/**
 * SPEC PER-04 "Histórico → Agendamentos": the service-order visits of the person's attendances, the
 * latest first, one page at a time. Like the rest of the person's history, open to every staff member.
 */
export function personVisitsQuery(platform: Platform, p: Principal, personId: string, { page, pageSize }: HistoryPageQuery) {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    if (!(await getPersonSummary(s, personId))) throw new AppError('PERSON_NOT_FOUND');
    // Every attendance of the person: a visit may belong to an old one.
    const ids = await personAttendanceIds(s, personId, 10_000);
    const { rows, total } = await serviceOrdersRepo.ofAttendances(s, ids, pageSize, (page - 1) * pageSize);
    const items = [];
    for (const o of rows) items.push({ ...toServiceOrder(o), protocol: (await attendanceById(s, o.attendanceId))?.protocol ?? null });
    return { items, total, page, pageSize };
  });
}
