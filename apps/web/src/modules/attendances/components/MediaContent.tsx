import type { Message } from '@atende/shared';
import { Anchor, Box, Group, Loader, Stack, Text } from '@mantine/core';
import { IconMicrophone, IconPhotoOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl } from '../api';
import { AttachmentView } from './AttachmentView';

type Props = { message: Message; inverted: boolean };

const mediaStyle = { display: 'block', maxWidth: 280, borderRadius: 8 } as const;

/** While the server fetches the file from the provider, or when it could not (CH-02, CH-03). */
function MediaState({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" role="status">
      {failed ? <IconPhotoOff size={16} aria-hidden /> : <Loader size={12} color="gray" aria-hidden />}
      <Text size="sm" fs="italic">
        {t(failed ? 'chat.media.failed' : 'chat.media.pending')}
      </Text>
    </Group>
  );
}

/**
 * SPEC ATT-05, CH-02, CH-03: images as thumbnails that open full size, stickers small, audio and
 * voice notes with a player, videos playable in place, documents as a link with name and size.
 */
export function MediaContent({ message, inverted }: Props) {
  const { t } = useTranslation();
  const a = message.attachment;
  if (!a) return <MediaState failed={message.content?.media?.status === 'failed'} />;
  const url = attachmentUrl(message.attendanceId, a.id);
  switch (message.kind) {
    case 'sticker':
      return (
        <Box
          component="img"
          src={url}
          alt={t('chat.media.sticker')}
          loading="lazy"
          style={{ display: 'block', width: 120, height: 120, objectFit: 'contain' }}
        />
      );
    case 'voice':
    case 'audio': {
      const label = message.kind === 'voice' ? t('chat.media.voice') : `${t('chat.media.audio')} ${a.fileName}`;
      return (
        <Stack gap={4}>
          {message.kind === 'voice' && (
            <Group gap={4} wrap="nowrap">
              <IconMicrophone size={14} aria-hidden />
              <Text size="xs">{t('chat.media.voice')}</Text>
            </Group>
          )}
          <audio controls preload="metadata" src={url} aria-label={label} style={{ maxWidth: 260 }} />
        </Stack>
      );
    }
    case 'video':
      return (
        <Stack gap={4}>
          <video controls preload="metadata" src={url} aria-label={`${t('chat.media.video')} ${a.fileName}`} style={mediaStyle} />
          <Anchor href={`${url}?download=1`} target="_blank" rel="noopener noreferrer" size="xs" c={inverted ? 'white' : undefined}>
            {a.fileName}
          </Anchor>
        </Stack>
      );
    default:
      return <AttachmentView attendanceId={message.attendanceId} attachment={a} inverted={inverted} asFile={message.kind === 'document'} />;
  }
}
