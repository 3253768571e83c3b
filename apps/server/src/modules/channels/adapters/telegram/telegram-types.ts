// The parts of the Telegram Bot API wire format (https://core.telegram.org/bots/api) that the
// adapter reads or writes (SPEC CH-03). Fields we never read are left out; all are optional where
// the Bot API says they may be absent.

export type TgUser = { id: number; is_bot?: boolean; first_name: string; last_name?: string; username?: string };

export type TgChat = {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
};

type TgFileBase = { file_id: string; file_unique_id?: string; file_size?: number };
export type TgPhotoSize = TgFileBase & { width: number; height: number };
export type TgDocument = TgFileBase & { file_name?: string; mime_type?: string };
export type TgVoice = TgFileBase & { duration?: number; mime_type?: string };
export type TgAudio = TgFileBase & { duration?: number; performer?: string; title?: string; file_name?: string; mime_type?: string };
export type TgVideo = TgFileBase & { width?: number; height?: number; duration?: number; file_name?: string; mime_type?: string };
export type TgVideoNote = TgFileBase & { length?: number; duration?: number };
export type TgSticker = TgFileBase & { width?: number; height?: number; is_animated?: boolean; is_video?: boolean; emoji?: string };
export type TgLocation = { latitude: number; longitude: number };
export type TgVenue = { location: TgLocation; title: string; address: string };
export type TgContact = { phone_number: string; first_name: string; last_name?: string; user_id?: number; vcard?: string };

export type TgMessage = {
  message_id: number;
  from?: TgUser;
  chat: TgChat;
  date: number;
  edit_date?: number;
  reply_to_message?: TgMessage;
  text?: string;
  caption?: string;
  photo?: TgPhotoSize[];
  voice?: TgVoice;
  audio?: TgAudio;
  video?: TgVideo;
  video_note?: TgVideoNote;
  animation?: TgVideo;
  document?: TgDocument;
  sticker?: TgSticker;
  location?: TgLocation;
  venue?: TgVenue;
  contact?: TgContact;
  [other: string]: unknown;
};

export type TgReactionType = { type: 'emoji'; emoji: string } | { type: 'custom_emoji'; custom_emoji_id: string } | { type: 'paid' };

export type TgMessageReactionUpdated = {
  chat: TgChat;
  message_id: number;
  user?: TgUser;
  actor_chat?: TgChat;
  date: number;
  old_reaction: TgReactionType[];
  new_reaction: TgReactionType[];
};

export type TgUpdate = {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  message_reaction?: TgMessageReactionUpdated;
  [other: string]: unknown;
};

/** Every Bot API answer: `result` when ok, otherwise the error and, for 429, when to retry. */
export type TgResponse<T> =
  | { ok: true; result: T; description?: string }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } };

export type TgFile = { file_id: string; file_unique_id?: string; file_size?: number; file_path?: string };
