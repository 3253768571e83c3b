import { and, desc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { chatMembers, chatMessages, chats } from '../../db/schema/collaboration.js';
import type { Scope } from '../../platform/db/tenant.js';

// SPEC ALR-04: the only file that touches the chat tables.

export type ChatRow = typeof chats.$inferSelect;
export type ChatMemberRow = typeof chatMembers.$inferSelect;
export type ChatMessageRow = typeof chatMessages.$inferSelect;
type NewMessage = Pick<ChatMessageRow, 'kind' | 'body'> & Partial<Pick<ChatMessageRow, 'authorId' | 'mentions' | 'attachment' | 'alert' | 'alertId'>>;

export const chatsRepo = {
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(chats).where(eq(chats.id, id));
    return row;
  },
  async insert(s: Scope, values: Pick<ChatRow, 'kind' | 'name'> & Partial<Pick<ChatRow, 'teamId' | 'directKey' | 'createdBy'>>) {
    const [row] = await s.tx
      .insert(chats)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoNothing()
      .returning();
    return row;
  },
  async byDirectKey(s: Scope, key: string) {
    const [row] = await s.tx.select().from(chats).where(eq(chats.directKey, key));
    return row;
  },
  async alertTeamChat(s: Scope, teamId: string) {
    const [row] = await s.tx
      .select()
      .from(chats)
      .where(and(eq(chats.kind, 'alert_team'), eq(chats.teamId, teamId)));
    return row;
  },
  alertTeamChats: (s: Scope) => s.tx.select().from(chats).where(eq(chats.kind, 'alert_team')),
  async rename(s: Scope, id: string, name: string) {
    await s.tx.update(chats).set({ name, updatedAt: new Date() }).where(eq(chats.id, id));
  },
  /** Takes the chat's next seq, holding its row until commit so seqs never collide. */
  async nextSeq(s: Scope, chatId: string) {
    const [row] = await s.tx
      .update(chats)
      .set({ lastSeq: sql`${chats.lastSeq} + 1`, lastMessageAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(chats.id, chatId))
      .returning({ seq: chats.lastSeq });
    return row!.seq;
  },

  /** The user's chats, with their own member row. */
  forUser: (s: Scope, userId: string) =>
    s.tx
      .select({ chat: chats, member: chatMembers })
      .from(chatMembers)
      .innerJoin(chats, eq(chats.id, chatMembers.chatId))
      .where(eq(chatMembers.userId, userId))
      .orderBy(desc(sql`coalesce(${chats.lastMessageAt}, ${chats.createdAt})`)),
  async member(s: Scope, chatId: string, userId: string) {
    const [row] = await s.tx
      .select()
      .from(chatMembers)
      .where(and(eq(chatMembers.chatId, chatId), eq(chatMembers.userId, userId)));
    return row;
  },
  members: (s: Scope, chatIds: string[]) =>
    chatIds.length ? s.tx.select().from(chatMembers).where(inArray(chatMembers.chatId, chatIds)) : Promise.resolve([] as ChatMemberRow[]),
  async addMembers(s: Scope, chatId: string, userIds: string[], role: 'owner' | 'member' = 'member', lastReadSeq = 0) {
    if (!userIds.length) return;
    await s.tx
      .insert(chatMembers)
      .values(userIds.map((userId) => ({ organizationId: s.organizationId, chatId, userId, role, lastReadSeq })))
      .onConflictDoNothing();
  },
  async removeMember(s: Scope, chatId: string, userId: string) {
    const rows = await s.tx
      .delete(chatMembers)
      .where(and(eq(chatMembers.chatId, chatId), eq(chatMembers.userId, userId)))
      .returning({ userId: chatMembers.userId });
    return rows.length > 0;
  },
  /** Leaves exactly these members (an alert group following its team); who joins starts with nothing unread. */
  async syncMembers(s: Scope, chat: ChatRow, userIds: string[]) {
    await s.tx.delete(chatMembers).where(and(eq(chatMembers.chatId, chat.id), userIds.length ? notInArray(chatMembers.userId, userIds) : undefined));
    await chatsRepo.addMembers(s, chat.id, userIds, 'member', chat.lastSeq);
  },
  /** Moves the reader's mark forward only, never past the last message. */
  async markRead(s: Scope, chatId: string, userId: string, seq: number) {
    await s.tx
      .update(chatMembers)
      .set({
        lastReadSeq: sql`greatest(${chatMembers.lastReadSeq}, least(${seq}, (select ${chats.lastSeq} from ${chats} where ${chats.id} = ${chatId})))`,
      })
      .where(and(eq(chatMembers.chatId, chatId), eq(chatMembers.userId, userId)));
  },

  async insertMessage(s: Scope, chatId: string, seq: number, values: NewMessage) {
    const [row] = await s.tx
      .insert(chatMessages)
      .values({ ...values, organizationId: s.organizationId, chatId, seq })
      .returning();
    return row!;
  },
  async message(s: Scope, chatId: string, id: string) {
    const [row] = await s.tx
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.chatId, chatId), eq(chatMessages.id, id)));
    return row;
  },
  async messageByAlert(s: Scope, chatId: string, alertId: string) {
    const [row] = await s.tx
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.chatId, chatId), eq(chatMessages.alertId, alertId)));
    return row;
  },
  cardsOfAlert: (s: Scope, alertId: string) => s.tx.select().from(chatMessages).where(eq(chatMessages.alertId, alertId)),
  async updateCard(s: Scope, id: string, alert: NonNullable<ChatMessageRow['alert']>) {
    await s.tx.update(chatMessages).set({ alert, editedAt: new Date() }).where(eq(chatMessages.id, id));
  },
  /** Up to `limit` messages before `before` (newest page when absent), oldest first. */
  async page(s: Scope, chatId: string, before: number | undefined, limit: number) {
    const rows = await s.tx
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.chatId, chatId), before ? lt(chatMessages.seq, before) : undefined))
      .orderBy(desc(chatMessages.seq))
      .limit(limit);
    return rows.reverse();
  },
  /** Each chat's last message. */
  async lastMessages(s: Scope, chatIds: string[]) {
    if (!chatIds.length) return [];
    return s.tx
      .selectDistinctOn([chatMessages.chatId])
      .from(chatMessages)
      .where(inArray(chatMessages.chatId, chatIds))
      .orderBy(chatMessages.chatId, desc(chatMessages.seq));
  },
  /** Per chat: messages after the reader's mark by someone else, and whether one mentions them. */
  async unread(s: Scope, userId: string) {
    return s.tx
      .select({
        chatId: chatMessages.chatId,
        count: sql<number>`count(*)::int`,
        mentioned: sql<boolean>`bool_or(${userId}::uuid = any(${chatMessages.mentions}))`,
      })
      .from(chatMessages)
      .innerJoin(chatMembers, and(eq(chatMembers.chatId, chatMessages.chatId), eq(chatMembers.userId, userId)))
      .where(and(sql`${chatMessages.seq} > ${chatMembers.lastReadSeq}`, sql`${chatMessages.authorId} is distinct from ${userId}::uuid`))
      .groupBy(chatMessages.chatId);
  },
};
