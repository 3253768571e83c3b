import { IconHeadset, IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMyPresence } from '../hooks/use-my-presence';
import { ChannelButton } from './ChannelButton';
import { ChatPanel } from './ChatPanel';
import { VoicePanel } from './VoicePanel';

/** SPEC WS-03: "Canais de voz" and "Canais de chat", for users linked to at least one target. */
export function ChannelButtons() {
  const { t } = useTranslation();
  const presence = useMyPresence();
  const data = presence.data;
  if (!data) return null;
  return (
    <>
      {data.voice.total > 0 && (
        <ChannelButton label={t('presence.voiceChannels')} icon={<IconHeadset size={18} />} group={data.voice}>
          <VoicePanel group={data.voice} />
        </ChannelButton>
      )}
      {data.chat.total > 0 && (
        <ChannelButton label={t('presence.chatChannels')} icon={<IconMessages size={18} />} group={data.chat}>
          <ChatPanel group={data.chat} />
        </ChannelButton>
      )}
    </>
  );
}
