import { ActionIcon, CopyButton, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The channel's public token (what the widget or webhook URL carries): read-only, copyable. */
export function ChannelToken({ token, withLabel }: { token: string; withLabel?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={withLabel ? t('channels.fields.token') : undefined}
      aria-label={withLabel ? undefined : t('channels.fields.token')}
      description={withLabel ? t('channels.hints.token') : undefined}
      value={token}
      readOnly
      size={withLabel ? 'sm' : 'xs'}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      rightSection={
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Tooltip label={t(copied ? 'channels.copied' : 'channels.copyToken')} withArrow>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('channels.copyToken')}>
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}
