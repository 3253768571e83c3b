import type { FakeUpload } from './telegram-fake-request.js';

// The Message objects the fake Bot API answers to send methods, shaped like Telegram's.

export type FakeBot = { id: number; is_bot: true; first_name: string; username: string };

/** The send methods the fake serves and the form field carrying each one's file. */
export const SEND_FIELDS: Record<string, string | null> = {
  sendMessage: null,
  sendPhoto: 'photo',
  sendDocument: 'document',
  sendVoice: 'voice',
  sendAudio: 'audio',
  sendVideo: 'video',
  sendSticker: 'sticker',
};

export type StoredFile = { fileId: string; uniqueId: string; path: string; bytes: Buffer };

/** `file` is what the bot uploaded (stored under a new file_id) or a file_id it re-sent. */
export function sentMessage(opts: {
  bot: FakeBot;
  messageId: number;
  chatId: string;
  method: string;
  text?: string;
  caption?: string;
  file?: { stored: StoredFile; upload?: FakeUpload };
}): Record<string, unknown> {
  const numericChat = /^-?\d+$/.test(opts.chatId) ? Number(opts.chatId) : opts.chatId;
  const message: Record<string, unknown> = {
    message_id: opts.messageId,
    from: opts.bot,
    chat: { id: numericChat, type: 'private' },
    date: Math.floor(Date.now() / 1000),
  };
  if (opts.method === 'sendMessage') message.text = opts.text;
  if (opts.caption) message.caption = opts.caption;
  const f = opts.file;
  if (!f) return message;
  const base = { file_id: f.stored.fileId, file_unique_id: f.stored.uniqueId, file_size: f.stored.bytes.length };
  const named = { ...base, file_name: f.upload?.fileName, mime_type: f.upload?.mimeType };
  switch (opts.method) {
    case 'sendPhoto':
      message.photo = [{ ...base, width: 320, height: 240 }];
      break;
    case 'sendVoice':
      message.voice = { ...base, duration: 1, mime_type: f.upload?.mimeType ?? 'audio/ogg' };
      break;
    case 'sendAudio':
      message.audio = { ...named, duration: 1 };
      break;
    case 'sendVideo':
      message.video = { ...named, width: 320, height: 240, duration: 1 };
      break;
    case 'sendSticker':
      message.sticker = { ...base, width: 512, height: 512, is_animated: false, is_video: false, type: 'regular' };
      break;
    default:
      message.document = named;
  }
  return message;
}
