import { and, asc, count, desc, eq, gt, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { attendanceEvents, attendanceMessages, attendances, protocolCounters } from '../../db/schema/attendances.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';
import { rowsOf } from '../../platform/db/rows.js';

export type AttendanceRow = typeof attendances.$inferSelect;
export type MessageRow = typeof attendanceMessages.$inferSelect;
export type NewAttendance = Omit<typeof attendances.$inferInsert, 'organizationId' | 'code'>;
export type NewMessage = Pick<MessageRow, 'authorKind' | 'authorId' | 'body' | 'internal' | 'attachmentId' | 'clientId'> &
  Partial<Pick<MessageRow, 'kind' | 'content' | 'providerMessageId' | 'deliveryStatus'>>;

// Latest attendances a transaction has locked ahead for several contacts at once: each answers one
// lockLatestByContact of that transaction, then the next one reads again (the first may have opened
// one), unless the caller hands back the attendance it went on to write to (keepLocked).
const lockedAhead = new WeakMap<object, Map<string, AttendanceRow>>();

const ACTIVE = ['assigned', 'in_progress'] as const;

/**
 * The lifecycle's columns (SPEC ATT-01…ATT-08): written only through `setState`, which lifecycle.ts
 * alone calls, so the state machine has one writer (issue item "one writer per state machine").
 */
const LIFECYCLE_COLUMNS = [
  'status',
  'assigneeId',
  'assignedAt',
  'queueId',
  'priority',
  'enqueuedAt',
  'protocol',
  'firstResponseAt',
  'finishedAt',
  'finishedBy',
  'closingClassification',
  'closingComment',
  'openedBy',
] as const satisfies readonly (keyof NewAttendance)[];
const lifecycleColumns = new Set<string>(LIFECYCLE_COLUMNS);
export type LifecycleState = Partial<Pick<NewAttendance, (typeof LIFECYCLE_COLUMNS)[number]>>;
export type AttendanceData = Partial<Omit<NewAttendance, (typeof LIFECYCLE_COLUMNS)[number]>>;

async function write(s: Scope, id: string, values: Partial<NewAttendance>) {
  const [row] = await s.tx.update(attendances).set(values).where(eq(attendances.id, id)).returning();
  return row!;
}

export const attendancesRepo = {
  async countInProgress(s: Scope, userId: string) {
    const [row] = await s.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(attendances)
      .where(and(eq(attendances.assigneeId, userId), eq(attendances.status, 'in_progress')));
    return row?.n ?? 0;
  },
  async insert(s: Scope, values: NewAttendance) {
    const [row] = await s.tx
      .insert(attendances)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(attendances).where(eq(attendances.id, id));
    return row;
  },
  /** Locks the attendance row for the rest of the transaction (messages, status changes). */
  async lock(s: Scope, id: string) {
    const [row] = await s.tx.select().from(attendances).where(eq(attendances.id, id)).for('update');
    return row;
  },
  /** Columns outside the lifecycle (read marks, person link, service data); refuses the lifecycle's, even behind a cast. */
  update(s: Scope, id: string, values: AttendanceData) {
    const state = Object.keys(values).filter((key) => lifecycleColumns.has(key));
    if (state.length) throw new Error(`lifecycle columns change only through lifecycle.ts: ${state.join(', ')}`);
    return write(s, id, values);
  },
  /** The lifecycle's columns: called by lifecycle.ts alone. */
  setState: (s: Scope, id: string, values: LifecycleState) => write(s, id, values),
  /** Assigns only if still waiting: the guard that makes an offer exclusive. */
  async assignIfWaiting(s: Scope, id: string, userId: string, at: Date) {
    const rows = await s.tx
      .update(attendances)
      .set({ status: 'assigned', assigneeId: userId, assignedAt: at })
      .where(and(eq(attendances.id, id), eq(attendances.status, 'waiting')))
      .returning();
    return rows[0];
  },
  waitingInQueue(s: Scope, queueId: string, limit: number) {
    return s.tx
      .select({ id: attendances.id, channelId: attendances.channelId })
      .from(attendances)
      .where(and(eq(attendances.queueId, queueId), eq(attendances.status, 'waiting')))
      .orderBy(desc(attendances.priority), asc(attendances.enqueuedAt), asc(attendances.code))
      .limit(limit);
  },
  async loadByAgent(s: Scope, queueId: string, userIds: string[]) {
    if (!userIds.length) return new Map<string, number>();
    const rows = await s.tx
      .select({ userId: attendances.assigneeId, n: sql<number>`count(*)::int` })
      .from(attendances)
      .where(and(eq(attendances.queueId, queueId), inArray(attendances.status, [...ACTIVE]), inArray(attendances.assigneeId, userIds)))
      .groupBy(attendances.assigneeId);
    return new Map(rows.map((r) => [r.userId!, r.n]));
  },
  async queuesWithWaiting(s: Scope) {
    const rows = await s.tx.selectDistinct({ id: attendances.queueId }).from(attendances).where(eq(attendances.status, 'waiting'));
    return rows.flatMap((r) => (r.id ? [r.id] : []));
  },
  /** Position of a waiting attendance in its queue (1 = next), for "Aguardando atendimento". */
  async queuePosition(s: Scope, a: AttendanceRow) {
    if (a.status !== 'waiting' || !a.queueId) return null;
    const [row] = await s.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(attendances)
      .where(
        and(
          eq(attendances.queueId, a.queueId),
          eq(attendances.status, 'waiting'),
          // Compared with the row itself: a JS Date would drop the microseconds PostgreSQL keeps.
          sql`(${attendances.priority}, -extract(epoch from ${attendances.enqueuedAt}), -${attendances.code}) >= (select priority, -extract(epoch from enqueued_at), -code from attendances where id = ${a.id})`,
        ),
      );
    return row?.n ?? null;
  },
  listForAgent(s: Scope, userId: string, finished: boolean, limit: number) {
    return s.tx
      .select()
      .from(attendances)
      .where(and(eq(attendances.assigneeId, userId), finished ? eq(attendances.status, 'finished') : inArray(attendances.status, [...ACTIVE])))
      .orderBy(finished ? desc(attendances.finishedAt) : asc(attendances.assignedAt))
      .limit(limit);
  },
  /** Whether the agent holds (assigned or in progress) an attendance linked to the person (PER-04 reads). */
  async holdsPersonAttendance(s: Scope, userId: string, personId: string) {
    const [row] = await s.tx
      .select({ id: attendances.id })
      .from(attendances)
      .where(and(eq(attendances.assigneeId, userId), eq(attendances.personId, personId), inArray(attendances.status, [...ACTIVE])))
      .limit(1);
    return Boolean(row);
  },
  byProtocol: (s: SystemScope, protocol: string) => s.tx.select().from(attendances).where(eq(attendances.protocol, protocol)).limit(20),
  listForPerson(s: Scope, personId: string, limit: number, offset = 0) {
    return s.tx
      .select()
      .from(attendances)
      .where(eq(attendances.personId, personId))
      .orderBy(desc(attendances.createdAt), desc(attendances.id))
      .limit(limit)
      .offset(offset);
  },
  async countForPerson(s: Scope, personId: string) {
    const [row] = await s.tx.select({ n: count() }).from(attendances).where(eq(attendances.personId, personId));
    return row?.n ?? 0;
  },
  activeOfAgentOnChannels(s: Scope, userId: string, channelIds: string[]) {
    return s.tx
      .select()
      .from(attendances)
      .where(
        and(
          eq(attendances.assigneeId, userId),
          eq(attendances.status, 'assigned'),
          channelIds.length ? inArray(attendances.channelId, channelIds) : sql`true`,
        ),
      );
  },
  /** The contact's latest attendance on the channel, locked (a contact's message: one round trip). */
  async lockLatestByContact(s: Scope, channelId: string, identity: string) {
    const ahead = lockedAhead.get(s.tx);
    const key = `${channelId}:${identity}`;
    const known = ahead?.get(key);
    if (known) {
      ahead!.delete(key);
      return known;
    }
    const [row] = await attendancesRepo.openByContact(s, channelId, identity).for('update');
    return row;
  },
  /** The latest attendance of each contact, locked in one query (a batch of inbound messages). */
  async lockLatestByContacts(s: Scope, contacts: { channelId: string; identity: string }[]) {
    if (!contacts.length) return;
    const latest = s.tx
      .selectDistinctOn([attendances.channelId, attendances.contactIdentity], { id: attendances.id })
      .from(attendances)
      .where(or(...contacts.map((c) => and(eq(attendances.channelId, c.channelId), eq(attendances.contactIdentity, c.identity)))))
      .orderBy(attendances.channelId, attendances.contactIdentity, desc(attendances.createdAt));
    const rows = await s.tx.select().from(attendances).where(inArray(attendances.id, latest)).for('update');
    const ahead = lockedAhead.get(s.tx) ?? new Map<string, AttendanceRow>();
    for (const row of rows) ahead.set(`${row.channelId}:${row.contactIdentity}`, row);
    lockedAhead.set(s.tx, ahead);
  },
  /**
   * The contact's latest attendance, still locked by this transaction after the caller wrote to it:
   * the contact's next lockLatestByContact of the transaction answers it without a read (a batch of
   * one contact's inbound messages).
   */
  keepLocked(s: Scope, row: AttendanceRow) {
    const ahead = lockedAhead.get(s.tx) ?? new Map<string, AttendanceRow>();
    ahead.set(`${row.channelId}:${row.contactIdentity}`, row);
    lockedAhead.set(s.tx, ahead);
  },
  openByContact(s: Scope, channelId: string, identity: string) {
    return s.tx
      .select()
      .from(attendances)
      .where(and(eq(attendances.channelId, channelId), eq(attendances.contactIdentity, identity)))
      .orderBy(desc(attendances.createdAt))
      .limit(1);
  },

  // --- conversation (ATT-05): call `lock` first, so seq and client ids are checked under the row lock.
  async messageByClientId(s: Scope, attendanceId: string, clientId: string) {
    const [row] = await s.tx
      .select()
      .from(attendanceMessages)
      .where(and(eq(attendanceMessages.attendanceId, attendanceId), eq(attendanceMessages.clientId, clientId)));
    return row;
  },
  /**
   * Appends a message with the next seq and bumps the attendance's counter in one statement (the
   * core loop's hot path: one round trip instead of three). A `clientId` already stored makes it a
   * no-op that returns undefined: the caller answers with the stored message (idempotent sends).
   * `event`, an INSERT … SELECT … FROM m (the new message), writes its outbox event in the same
   * statement; the event's id and created_at come back with the message.
   */
  async appendMessage(
    s: Scope,
    attendanceId: string,
    m: NewMessage & { id?: string },
    at: Date,
    event?: SQL,
  ): Promise<(MessageRow & { event?: { id: number; createdAt: Date } }) | undefined> {
    const when = at.toISOString();
    const fromContact = m.authorKind === 'contact';
    const res = await s.tx.execute(sql`
      with m as (
        insert into attendance_messages (id, organization_id, attendance_id, seq, author_kind, author_id, internal, body, attachment_id, client_id, created_at,
          kind, content, provider_message_id, delivery_status)
        select coalesce(${m.id ?? null}::uuid, gen_random_uuid()), ${s.organizationId}::uuid, a.id, a.last_seq + 1, ${m.authorKind}, ${m.authorId}::uuid, ${m.internal}, ${m.body}, ${m.attachmentId}::uuid, ${m.clientId}, ${when}::timestamptz,
          ${m.kind ?? 'text'}, ${m.content ? JSON.stringify(m.content) : null}::jsonb, ${m.providerMessageId ?? null}, ${m.deliveryStatus ?? null}
        from attendances a where a.id = ${attendanceId}
        on conflict do nothing
        returning *
      ), bumped as (
        update attendances set last_seq = m.seq, last_message_at = m.created_at,
          last_contact_message_at = case when ${fromContact} then m.created_at else attendances.last_contact_message_at end
        from m where attendances.id = m.attendance_id
      )${event ? sql`, ev as (${event})` : sql``}
      select m.*${event ? sql`, ev.id as event_id, ev.created_at as event_created_at` : sql``} from m${event ? sql` left join ev on true` : sql``}`);
    const [row] = rowsOf(res);
    if (!row) return undefined;
    const message = messageRowOf(row);
    return row.event_id == null
      ? message
      : { ...message, event: { id: Number(row.event_id), createdAt: new Date(row.event_created_at as string | Date) } };
  },
  /**
   * SPEC CH-02 at load: contact messages to several attendances (each locked by the caller) in one
   * statement, numbered after each attendance's last seq in the order given, with each attendance's
   * counters bumped once. `event` (an INSERT … SELECT … FROM m JOIN input n ON n.id = m.id, see
   * Events.insertSql) writes each message's outbox event, returning `message_id`; `payload` is that
   * event's payload before its seq is set. Answers the stored messages with their events, in the
   * order given; a message already stored (its provider id) is left out.
   */
  async appendContactMessages(
    s: Scope,
    items: { id: string; attendanceId: string; m: NewMessage; payload: unknown }[],
    at: Date,
    event: SQL,
  ): Promise<(MessageRow & { event: { id: number; createdAt: Date } })[]> {
    const input = items.map(({ id, attendanceId, m, payload }, ord) => ({
      ord,
      id,
      attendance_id: attendanceId,
      body: m.body,
      kind: m.kind ?? 'text',
      content: m.content ?? null,
      provider_message_id: m.providerMessageId ?? null,
      payload,
    }));
    const res = await s.tx.execute(sql`
      with input as (
        select x.*, a.last_seq + row_number() over (partition by x.attendance_id order by x.ord) as seq
        from jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
          as x(ord int, id uuid, attendance_id uuid, body text, kind text, content jsonb, provider_message_id text, payload jsonb)
        join attendances a on a.id = x.attendance_id
      ), m as (
        insert into attendance_messages (id, organization_id, attendance_id, seq, author_kind, internal, body, created_at, kind, content, provider_message_id)
        select n.id, ${s.organizationId}::uuid, n.attendance_id, n.seq, 'contact', false, n.body, ${at.toISOString()}::timestamptz, n.kind, n.content, n.provider_message_id
        from input n order by n.ord
        on conflict do nothing
        returning *
      ), bumped as (
        update attendances set last_seq = l.seq, last_message_at = l.created_at, last_contact_message_at = l.created_at
        from (select distinct on (attendance_id) attendance_id, seq, created_at from m order by attendance_id, seq desc) l
        where attendances.id = l.attendance_id
      ), ev as (${event})
      select m.*, ev.id as event_id, ev.created_at as event_created_at from m join ev on ev.message_id = m.id`);
    const byId = new Map(
      rowsOf(res).map((row) => [
        String(row.id),
        { ...messageRowOf(row), event: { id: Number(row.event_id), createdAt: new Date(row.event_created_at as string | Date) } },
      ]),
    );
    return items.flatMap(({ id }) => byId.get(id) ?? []);
  },
  /** The contact's latest attendance on the channel if this transaction has it locked already (lockLatestByContacts, keepLocked). */
  lockedLatest(s: Scope, channelId: string, identity: string) {
    return lockedAhead.get(s.tx)?.get(`${channelId}:${identity}`);
  },
  /** A stored message by the provider's id for it (a re-delivered inbound message, a status, a reaction). */
  async messageByProviderId(s: Scope, attendanceId: string, providerMessageId: string) {
    const [row] = await s.tx
      .select()
      .from(attendanceMessages)
      .where(and(eq(attendanceMessages.attendanceId, attendanceId), eq(attendanceMessages.providerMessageId, providerMessageId)));
    return row;
  },
  async messageById(s: Scope, id: string) {
    const [row] = await s.tx.select().from(attendanceMessages).where(eq(attendanceMessages.id, id));
    return row;
  },
  /** The attendance's messages still waiting for their channel, up to `seq`, in the order they were written. */
  async pendingUpTo(s: Scope, attendanceId: string, seq: number) {
    const rows = await s.tx
      .select({ id: attendanceMessages.id })
      .from(attendanceMessages)
      .where(
        and(eq(attendanceMessages.attendanceId, attendanceId), eq(attendanceMessages.deliveryStatus, 'pending'), lte(attendanceMessages.seq, seq)),
      )
      .orderBy(asc(attendanceMessages.seq))
      .limit(100);
    return rows.map((r) => r.id);
  },
  /** The message locked for the rest of the transaction (status, reaction and media updates race). */
  async lockMessage(s: Scope, id: string) {
    const [row] = await s.tx.select().from(attendanceMessages).where(eq(attendanceMessages.id, id)).for('update');
    return row;
  },
  async updateMessage(
    s: Scope,
    id: string,
    values: Partial<
      Pick<
        MessageRow,
        'deliveryStatus' | 'deliveryError' | 'deliveryRetryAt' | 'providerMessageId' | 'reactions' | 'body' | 'content' | 'editedAt' | 'attachmentId'
      >
    >,
  ) {
    const [row] = await s.tx.update(attendanceMessages).set(values).where(eq(attendanceMessages.id, id)).returning();
    return row!;
  },
  /** A message of a channel's conversations by the provider's id for it (statuses, reactions, edits). */
  async messageOfChannel(s: Scope, channelId: string, providerMessageId: string) {
    const [row] = await s.tx
      .select({ message: attendanceMessages })
      .from(attendanceMessages)
      .innerJoin(attendances, eq(attendances.id, attendanceMessages.attendanceId))
      .where(
        and(
          eq(attendanceMessages.organizationId, s.organizationId),
          eq(attendanceMessages.providerMessageId, providerMessageId),
          eq(attendances.channelId, channelId),
        ),
      )
      .limit(1);
    return row?.message;
  },
  messagesAfter(s: Scope, attendanceId: string, afterSeq: number, includeInternal: boolean) {
    return s.tx
      .select()
      .from(attendanceMessages)
      .where(
        and(
          eq(attendanceMessages.attendanceId, attendanceId),
          gt(attendanceMessages.seq, afterSeq),
          includeInternal ? undefined : eq(attendanceMessages.internal, false),
        ),
      )
      .orderBy(asc(attendanceMessages.seq))
      .limit(500);
  },

  // --- protocol (ATT-01): the counter row is locked by the upsert until the transaction ends.
  async nextProtocolNumber(s: Scope, year: number) {
    const [row] = await s.tx
      .insert(protocolCounters)
      .values({ organizationId: s.organizationId, year, lastValue: 1 })
      .onConflictDoUpdate({
        target: [protocolCounters.organizationId, protocolCounters.year],
        set: { lastValue: sql`${protocolCounters.lastValue} + 1` },
      })
      .returning({ value: protocolCounters.lastValue });
    return row!.value;
  },

  // --- timeline (ATT-10)
  async addEvent(s: Scope, attendanceId: string, type: string, data: Record<string, unknown> = {}) {
    await s.tx.insert(attendanceEvents).values({
      organizationId: s.organizationId,
      attendanceId,
      type,
      actorId: s.actorId,
      actorTokenId: s.actorToken?.id ?? null,
      actorTokenName: s.actorToken?.name ?? null,
      data,
    });
  },
  events(s: Scope, attendanceId: string) {
    return s.tx.select().from(attendanceEvents).where(eq(attendanceEvents.attendanceId, attendanceId)).orderBy(asc(attendanceEvents.id));
  },
};

const json = <T>(v: unknown): T | null => (v == null ? null : typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** A raw `attendance_messages` row (from `execute`) in drizzle's shape. */
function messageRowOf(row: Record<string, unknown>): MessageRow {
  return {
    id: String(row.id),
    organizationId: String(row.organization_id),
    attendanceId: String(row.attendance_id),
    seq: Number(row.seq),
    authorKind: row.author_kind as MessageRow['authorKind'],
    authorId: (row.author_id as string | null) ?? null,
    internal: Boolean(row.internal),
    body: String(row.body),
    attachmentId: (row.attachment_id as string | null) ?? null,
    clientId: (row.client_id as string | null) ?? null,
    createdAt: new Date(row.created_at as string | Date),
    kind: row.kind as MessageRow['kind'],
    content: json<MessageRow['content']>(row.content),
    deliveryStatus: (row.delivery_status as MessageRow['deliveryStatus']) ?? null,
    deliveryError: json<MessageRow['deliveryError']>(row.delivery_error),
    deliveryRetryAt: row.delivery_retry_at ? new Date(row.delivery_retry_at as string | Date) : null,
    providerMessageId: (row.provider_message_id as string | null) ?? null,
    editedAt: row.edited_at ? new Date(row.edited_at as string | Date) : null,
    reactions: json<MessageRow['reactions']>(row.reactions) ?? [],
  };
}
