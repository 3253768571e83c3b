// What the chat knows at a given moment; the view renders it (SPEC CH-01).
import { emptyTimeline, type Pending, type Timeline } from './sync';
import type { ContactState, Field, IceServer, Message, Profile } from './types';

export type Phase = 'idle' | 'loading' | 'failed' | 'ready';
export type Screen = 'loading' | 'failed' | 'form' | 'chat';

export type ChatState = {
  phase: Phase;
  loadError: string;
  channelName: string;
  preChat: { fields: Field[]; required: Field[] };
  /** VOX-06 (a): the channel allows calls ("Ligar"); the ICE servers the call uses. */
  voice: { iceServers: IceServer[] } | null;
  profile: Profile;
  conversation: ContactState | null;
  timeline: Timeline<Message>;
  pending: Pending[];
  uploads: { id: string; fileName: string }[];
  /** idle: no live link needed; down: it dropped and is coming back. */
  link: 'idle' | 'up' | 'down';
  typing: string | null;
  form: { busy: boolean; errors: Partial<Record<Field, string>>; error: string };
  notice: string;
};

export function initialState(): ChatState {
  return {
    phase: 'idle',
    loadError: '',
    channelName: '',
    preChat: { fields: [], required: [] },
    voice: null,
    profile: {},
    conversation: null,
    timeline: emptyTimeline(),
    pending: [],
    uploads: [],
    link: 'idle',
    typing: null,
    form: { busy: false, errors: {}, error: '' },
    notice: '',
  };
}
