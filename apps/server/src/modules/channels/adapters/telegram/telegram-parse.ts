import { bodyOrUnsupported } from '../inbound-guard.js';
import type { InboundContact, InboundEvent, WebhookRequest } from '../port.js';
import { messageBody } from './telegram-message.js';
import type { TgChat, TgMessage, TgMessageReactionUpdated, TgUpdate, TgUser } from './telegram-types.js';

// SPEC CH-03: Telegram posts one Update per webhook request. The contact is the chat the bot talks
// in (replies go to chat.id), so a group is one contact too; messages are named `<chat>:<message>`
// because message ids are only unique within a chat.

export function parseTelegramUpdate(req: WebhookRequest): InboundEvent[] {
  const update = readUpdate(req.rawBody);
  if (!update) return [];
  const eventId = `update:${update.update_id}`;
  if (isMessage(update.message)) {
    const m = update.message;
    const event: InboundEvent = {
      type: 'message',
      eventId,
      providerMessageId: messageKey(m.chat, m.message_id),
      contact: contactOf(m.chat, m.from, m),
      at: unixDate(m.date),
      message: bodyOrUnsupported(() => messageBody(m), 'message'),
    };
    if (m.reply_to_message) event.replyToProviderMessageId = messageKey(m.chat, m.reply_to_message.message_id);
    return [event];
  }
  if (isMessage(update.edited_message)) {
    const m = update.edited_message;
    return [
      {
        type: 'edit',
        eventId,
        providerMessageId: messageKey(m.chat, m.message_id),
        contact: contactOf(m.chat, m.from, m),
        at: unixDate(m.edit_date ?? m.date),
        message: bodyOrUnsupported(() => messageBody(m), 'message'),
      },
    ];
  }
  if (update.message_reaction && isChat(update.message_reaction.chat) && Array.isArray(update.message_reaction.new_reaction))
    return reactionEvents(eventId, update.message_reaction);
  // Channel posts, callback queries, member changes…: not asked for in setWebhook, ignored if they come.
  return [];
}

function reactionEvents(eventId: string, r: TgMessageReactionUpdated): InboundEvent[] {
  const emoji = r.new_reaction.find((x) => x?.type === 'emoji');
  // Only custom emoji or paid stars: nothing Atende can show, and no removal either.
  if (!emoji && r.new_reaction.length > 0) return [];
  return [
    {
      type: 'reaction',
      eventId,
      providerMessageId: messageKey(r.chat, r.message_id),
      contact: contactOf(r.chat, r.user),
      at: unixDate(r.date),
      emoji: emoji?.type === 'emoji' ? emoji.emoji : null,
    },
  ];
}

export function messageKey(chat: TgChat, messageId: number): string {
  return `${chat.id}:${messageId}`;
}

function contactOf(chat: TgChat, from: TgUser | undefined, m?: TgMessage): InboundContact {
  const person = chat.type === 'private' ? { first_name: chat.first_name ?? from?.first_name, last_name: chat.last_name ?? from?.last_name } : null;
  const name = person ? joinName(person.first_name, person.last_name) : chat.title || joinName(from?.first_name, from?.last_name);
  const contact: InboundContact = { identity: String(chat.id) };
  if (name) contact.name = name;
  const username = chat.type === 'private' ? (chat.username ?? from?.username) : chat.username;
  if (username) contact.username = username;
  // A phone number only when the user shared their own contact card, never someone else's.
  if (m?.contact && from && m.contact.user_id === from.id) contact.phone = m.contact.phone_number;
  return contact;
}

function isChat(chat: unknown): chat is TgChat {
  return !!chat && typeof chat === 'object' && typeof (chat as TgChat).id === 'number';
}

function isMessage(m: TgMessage | undefined): m is TgMessage {
  return !!m && typeof m.message_id === 'number' && isChat(m.chat);
}

function joinName(first?: string, last?: string): string {
  return [first, last].filter(Boolean).join(' ').trim();
}

function unixDate(seconds: number): Date {
  return new Date(seconds * 1000);
}

function readUpdate(rawBody: Buffer): TgUpdate | null {
  try {
    const value: unknown = JSON.parse(rawBody.toString('utf8'));
    if (!value || typeof value !== 'object' || typeof (value as TgUpdate).update_id !== 'number') return null;
    return value as TgUpdate;
  } catch {
    return null;
  }
}
