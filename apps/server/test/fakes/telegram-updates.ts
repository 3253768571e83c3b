// Telegram Update payloads as the Bot API posts them to a webhook (SPEC CH-03), for tests and the
// demo script, and the POST that delivers one.

export type UpdateBase = {
  updateId: number;
  chatId: number;
  firstName: string;
  lastName?: string;
  username?: string;
  messageId?: number;
  /** Unix seconds. */
  date?: number;
  replyToMessageId?: number;
};

let lastMessageId = 0;
const now = () => Math.floor(Date.now() / 1000);

function user(b: UpdateBase) {
  return { id: b.chatId, is_bot: false, first_name: b.firstName, last_name: b.lastName, username: b.username, language_code: 'pt-br' };
}

/** A private chat's message envelope around `content`. */
function message(b: UpdateBase, content: Record<string, unknown>) {
  const chat = { id: b.chatId, first_name: b.firstName, last_name: b.lastName, username: b.username, type: 'private' };
  const msg: Record<string, unknown> = { message_id: b.messageId ?? ++lastMessageId, from: user(b), chat, date: b.date ?? now(), ...content };
  if (b.replyToMessageId !== undefined) {
    msg.reply_to_message = {
      message_id: b.replyToMessageId,
      from: { id: 123456789, is_bot: true, first_name: 'Atende Demo', username: 'atende_demo_bot' },
      chat,
      date: (b.date ?? now()) - 60,
      text: 'Olá! Como posso ajudar?',
    };
  }
  return msg;
}

const update = (b: UpdateBase, content: Record<string, unknown>) => ({ update_id: b.updateId, message: message(b, content) });

export function buildTextUpdate(b: UpdateBase & { text: string }) {
  return update(b, { text: b.text });
}

export function buildPhotoUpdate(b: UpdateBase & { fileId: string; caption?: string; fileSize?: number }) {
  const size = b.fileSize ?? 51_234;
  const photo = [
    { file_id: `${b.fileId}-s`, file_unique_id: 'AQADs', file_size: 1_402, width: 90, height: 67 },
    { file_id: `${b.fileId}-m`, file_unique_id: 'AQADm', file_size: 18_215, width: 320, height: 240 },
    { file_id: b.fileId, file_unique_id: 'AQADx', file_size: size, width: 1280, height: 960 },
  ];
  return update(b, b.caption ? { photo, caption: b.caption } : { photo });
}

export function buildVoiceUpdate(b: UpdateBase & { fileId: string; duration?: number; fileSize?: number }) {
  return update(b, {
    voice: { duration: b.duration ?? 3, mime_type: 'audio/ogg', file_id: b.fileId, file_unique_id: 'AgADv', file_size: b.fileSize ?? 9_876 },
  });
}

export function buildDocumentUpdate(b: UpdateBase & { fileId: string; fileName: string; mimeType: string; caption?: string; fileSize?: number }) {
  const document = { file_name: b.fileName, mime_type: b.mimeType, file_id: b.fileId, file_unique_id: 'AgADd', file_size: b.fileSize ?? 20_480 };
  return update(b, b.caption ? { document, caption: b.caption } : { document });
}

export function buildLocationUpdate(b: UpdateBase & { latitude: number; longitude: number }) {
  return update(b, { location: { latitude: b.latitude, longitude: b.longitude } });
}

/** A shared contact card; `own` makes it the sender's own (Telegram fills user_id with theirs). */
export function buildContactUpdate(b: UpdateBase & { phone: string; contactFirstName: string; contactLastName?: string; own?: boolean }) {
  const contact: Record<string, unknown> = { phone_number: b.phone, first_name: b.contactFirstName, last_name: b.contactLastName };
  if (b.own) contact.user_id = b.chatId;
  return update(b, { contact });
}

/** The contact edited an earlier text message. */
export function buildEditedUpdate(b: UpdateBase & { messageId: number; text: string; editDate?: number }) {
  const edited = message(b, { text: b.text, edit_date: b.editDate ?? now() });
  return { update_id: b.updateId, edited_message: edited };
}

/** The contact reacted to a message (the bot's or their own); `emoji: null` removes the reaction. */
export function buildReactionUpdate(b: Omit<UpdateBase, 'replyToMessageId'> & { messageId: number; emoji: string | null; oldEmoji?: string }) {
  const chat = { id: b.chatId, first_name: b.firstName, last_name: b.lastName, username: b.username, type: 'private' };
  return {
    update_id: b.updateId,
    message_reaction: {
      chat,
      message_id: b.messageId,
      user: user(b),
      date: b.date ?? now(),
      old_reaction: b.oldEmoji ? [{ type: 'emoji', emoji: b.oldEmoji }] : [],
      new_reaction: b.emoji ? [{ type: 'emoji', emoji: b.emoji }] : [],
    },
  };
}

/** Delivers an update the way Telegram does: a JSON POST carrying the secret token header. */
export function postUpdate(webhookUrl: string, update: unknown, secretToken: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secretToken !== null) headers['x-telegram-bot-api-secret-token'] = secretToken;
  return fetch(webhookUrl, { method: 'POST', headers, body: JSON.stringify(update) });
}
