import { Code, CopyButton, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** SPEC CH-01: the one tag a site owner pastes to put the chat on their pages. */
export function WidgetSnippet({ token }: { token: string }) {
  const { t } = useTranslation();
  const snippet = `<script src="${window.location.origin}/widget.js" data-channel="${token}" async></script>`;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('channels.snippet.label')}
        </Text>
        <CopyButton value={snippet}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="subtle" onClick={copy}>
              {t(copied ? 'channels.copied' : 'channels.snippet.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block aria-label={t('channels.snippet.label')}>
        {snippet}
      </Code>
    </Stack>
  );
}
