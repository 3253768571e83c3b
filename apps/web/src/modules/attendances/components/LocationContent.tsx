import type { MessageContent } from '@atende/shared';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mapUrl } from '../message-content';

type Props = { location: NonNullable<MessageContent['location']>; inverted: boolean };

/** SPEC CH-02, CH-03: a shared place, its name and address, and a link to it on the map. */
export function LocationContent({ location, inverted }: Props) {
  const { t } = useTranslation();
  const title = location.name || t('chat.location.label');
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <IconMapPin size={22} aria-hidden style={{ flexShrink: 0 }} />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {location.address && <Text size="xs">{location.address}</Text>}
        <Anchor
          href={mapUrl(location.latitude, location.longitude)}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          c={inverted ? 'white' : undefined}
          underline="always"
          aria-label={`${t('chat.location.open')}: ${title}`}
        >
          {t('chat.location.open')}
        </Anchor>
      </Stack>
    </Group>
  );
}
