import type { Message } from '@atende/shared';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { groupReactions } from '../message-content';

/** SPEC CH-02, CH-03: the emoji the contact (or an agent) reacted with, under the message. */
export function Reactions({ reactions }: { reactions: Message['reactions'] }) {
  const { t } = useTranslation();
  const groups = groupReactions(reactions);
  if (!groups.length) return null;
  return (
    <Group gap={4} px={4} mt={-4} role="list" aria-label={t('chat.reactions')}>
      {groups.map((g) => (
        <Text
          key={g.emoji}
          role="listitem"
          aria-label={t('chat.reaction', { emoji: g.emoji, count: g.count })}
          size="xs"
          px={6}
          bg="white"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 99, lineHeight: '20px' }}
        >
          {g.emoji}
          {g.count > 1 ? ` ${g.count}` : ''}
        </Text>
      ))}
    </Group>
  );
}
