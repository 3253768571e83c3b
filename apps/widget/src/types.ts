// The wire types of the widget API (SPEC CH-01), taken from the server's zod schemas so the two
// cannot drift. Type-only imports: nothing of zod reaches the bundle.
import type {
  contactStateSchema,
  Message as SharedMessage,
  PreChatField,
  RtcIceServer,
  widgetCatchUp,
  widgetIdentifyBody,
  widgetProfile,
  widgetSession,
} from '@atende/shared';
import type { z } from 'zod';

export type Message = SharedMessage;
export type ContactState = z.infer<typeof contactStateSchema>;
export type Profile = z.infer<typeof widgetProfile>;
export type Session = z.infer<typeof widgetSession>;
export type CatchUp = z.infer<typeof widgetCatchUp>;
export type Field = PreChatField;
export type IceServer = RtcIceServer;
export type UserInput = z.infer<typeof widgetIdentifyBody>;
export type ContactInput = Partial<Record<Field, string>>;
