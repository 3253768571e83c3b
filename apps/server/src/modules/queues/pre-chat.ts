import { defaultPreChat, type PreChatSettings } from '@atende/shared';

/** A web-chat channel's pre-chat form (SPEC CH-01), kept in its settings; defaults where unset. */
export function preChatOf(settings: unknown): PreChatSettings {
  const p = (settings as { preChat?: Partial<PreChatSettings> } | null)?.preChat;
  return { fields: p?.fields ?? defaultPreChat.fields, required: p?.required ?? defaultPreChat.required };
}
