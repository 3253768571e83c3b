import type { Message } from '@atende/shared';
import { Badge, Stack, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const bodyStyle = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', overflowWrap: 'anywhere' } as const;

/** SPEC CH-02: an approved template the agent sent — its name, and the text the contact got. */
export function TemplateContent({ message, inverted }: { message: Message; inverted: boolean }) {
  const { t } = useTranslation();
  const template = message.content?.template;
  // The stored body is the filled text; without it, the values at least show what was said.
  const text = message.body || template?.params.join(' · ') || '';
  return (
    <Stack gap={4}>
      <Badge
        size="sm"
        variant={inverted ? 'white' : 'light'}
        color="indigo"
        leftSection={<IconTemplate size={12} aria-hidden />}
        style={{ textTransform: 'none', alignSelf: 'flex-start' }}
      >
        {t('chat.template', { name: template?.name ?? '' })}
      </Badge>
      {text && (
        <Text size="sm" style={bodyStyle}>
          {text}
        </Text>
      )}
    </Stack>
  );
}
