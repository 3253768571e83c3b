import { ActionIcon, Popover, SimpleGrid, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMoodSmile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

// A small curated set for customer service: greetings, thanks, agreement, apologies, common objects.
const EMOJI = [
  '😀',
  '😊',
  '🙂',
  '😉',
  '😄',
  '😅',
  '😂',
  '🥰',
  '😍',
  '🤩',
  '😎',
  '🤔',
  '😐',
  '😕',
  '😢',
  '😭',
  '😮',
  '😴',
  '🙏',
  '👍',
  '👎',
  '👏',
  '🙌',
  '👋',
  '🤝',
  '💪',
  '👀',
  '✅',
  '❌',
  '⚠️',
  '❗',
  '❓',
  '⭐',
  '🎉',
  '🔥',
  '💡',
  '❤️',
  '💙',
  '📞',
  '📱',
  '💻',
  '📧',
  '📄',
  '📎',
  '📦',
  '🚚',
  '🕒',
  '📅',
];

/** SPEC ATT-05: emoji for the reply, inserted where the cursor is. */
export function EmojiPicker({ onPick, disabled }: { onPick: (emoji: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [opened, handlers] = useDisclosure(false);
  return (
    <Popover opened={opened} onChange={handlers.toggle} position="top-start" shadow="md" radius="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Tooltip label={t('attendances.composer.emoji')} withArrow openDelay={300}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={34}
            aria-label={t('attendances.composer.emoji')}
            onClick={handlers.toggle}
            disabled={disabled}
          >
            <IconMoodSmile size={20} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={6} aria-label={t('attendances.composer.emoji')} role="dialog">
        <SimpleGrid cols={8} spacing={2} verticalSpacing={2}>
          {EMOJI.map((emoji) => (
            <ActionIcon
              key={emoji}
              variant="subtle"
              color="gray"
              size={34}
              fz={20}
              onClick={() => {
                onPick(emoji);
                handlers.close();
              }}
            >
              {emoji}
            </ActionIcon>
          ))}
        </SimpleGrid>
      </Popover.Dropdown>
    </Popover>
  );
}
