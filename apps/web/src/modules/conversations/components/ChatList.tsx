import type { ChatSummary } from '@atende/shared';
import { Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconAt, IconUser, IconUsersGroup } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

// SPEC ALR-04: the chats, latest activity first, with the last message, unread count and mention marker.

const ICON = { group: IconUsersGroup, direct: IconUser, alert_team: IconAlertTriangle } as const;

function lastText(c: ChatSummary, t: TFunction) {
  const m = c.lastMessage;
  if (!m) return '';
  if (m.kind === 'alert' && m.alert) return t('conversations.alertMessage', { name: m.alert.appUser.name });
  const text = m.attachment ? `📎 ${m.attachment.name}` : m.body;
  return m.author && c.kind !== 'direct' ? `${m.author.name}: ${text}` : text;
}

export function ChatList({ chats, openId, onOpen }: { chats: ChatSummary[]; openId: string | null; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  if (!chats.length) return <Text c="dimmed">{t('conversations.empty')}</Text>;
  return (
    <Stack gap={2} component="nav" aria-label={t('conversations.list')}>
      {chats.map((c) => {
        const Icon = ICON[c.kind];
        return (
          <NavLink
            key={c.id}
            component="button"
            active={c.id === openId}
            onClick={() => onOpen(c.id)}
            leftSection={<Icon size={18} />}
            label={
              <Text fw={c.unread ? 700 : 500} size="sm" truncate>
                {c.name}
              </Text>
            }
            description={
              <Text size="xs" c="dimmed" truncate>
                {lastText(c, t)}
              </Text>
            }
            rightSection={
              <Group gap={4} wrap="nowrap">
                {c.mentioned && (
                  <Badge size="sm" color="orange" circle aria-label={t('conversations.mentioned')}>
                    <IconAt size={12} />
                  </Badge>
                )}
                {c.unread > 0 && (
                  <Badge size="sm" color="red" circle={c.unread < 10} aria-label={t('conversations.unread', { count: c.unread })}>
                    {c.unread}
                  </Badge>
                )}
              </Group>
            }
            style={{ borderRadius: 8 }}
          />
        );
      })}
    </Stack>
  );
}
