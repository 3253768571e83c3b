import { createHash } from 'node:crypto';
import { and, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { attachments, attendanceMessages, attendances } from '../../../db/schema/attendances.js';
import { webchatVisitors } from '../../../db/schema/channels.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';

// Hardening issue, widget limits item: the widget is anonymous, so what one client address (req.ip,
// from X-Forwarded-For only with TRUST_PROXY) and one channel may consume is bounded on the server,
// whatever headers the client sends. Counts come from the database, so every instance agrees.

/** The address as stored: a hash, so visitor rows never hold a client IP. */
export const addressHash = (ip: string) => createHash('sha256').update(`webchat-address:${ip}`).digest('hex');

const visitorsFrom = (s: Scope, channelId: string, address: string) =>
  s.tx
    .select({ id: sql<string>`${webchatVisitors.id}::text` })
    .from(webchatVisitors)
    .where(and(eq(webchatVisitors.channelId, channelId), eq(webchatVisitors.addressHash, address)));

/** Before a new conversation: open ones from this address, and the channel's waiting line, are bounded. */
export async function assertRoomForConversation(platform: Platform, s: Scope, channelId: string, ip: string) {
  const { widgetOpenConversationsPerAddress, widgetWaitingPerChannel } = platform.config;
  const [fromAddress] = await s.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(attendances)
    .where(
      and(
        eq(attendances.channelId, channelId),
        ne(attendances.status, 'finished'),
        inArray(attendances.contactIdentity, visitorsFrom(s, channelId, addressHash(ip))),
      ),
    );
  if (Number(fromAddress!.n) >= widgetOpenConversationsPerAddress) throw new AppError('WIDGET_RATE_LIMITED');
  const [waiting] = await s.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(attendances)
    .where(and(eq(attendances.channelId, channelId), eq(attendances.status, 'waiting')));
  if (Number(waiting!.n) >= widgetWaitingPerChannel) throw new AppError('WIDGET_QUEUE_FULL');
}

/** Before storing a visitor's file: bytes sent in the last hour from this address and to this channel are bounded. */
export async function assertRoomForUpload(platform: Platform, s: Scope, channelId: string, ip: string, bytes: number) {
  const { widgetUploadBytesPerAddress, widgetUploadBytesPerChannel } = platform.config;
  const sent = (onlyAddress: boolean) =>
    s.tx
      .select({ n: sql<string>`coalesce(sum(${attachments.size}), 0)` })
      .from(attachments)
      .innerJoin(attendanceMessages, and(eq(attendanceMessages.attachmentId, attachments.id), eq(attendanceMessages.authorKind, 'contact')))
      .innerJoin(attendances, eq(attendances.id, attachments.attendanceId))
      .where(
        and(
          eq(attendances.channelId, channelId),
          gt(attachments.createdAt, sql`now() - interval '1 hour'`),
          onlyAddress ? inArray(attendances.contactIdentity, visitorsFrom(s, channelId, addressHash(ip))) : undefined,
        ),
      );
  const [[fromAddress], [toChannel]] = [await sent(true), await sent(false)];
  if (Number(fromAddress!.n) + bytes > widgetUploadBytesPerAddress || Number(toChannel!.n) + bytes > widgetUploadBytesPerChannel) {
    throw new AppError('WIDGET_UPLOAD_LIMIT');
  }
}
