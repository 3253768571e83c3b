import type { Channel } from '@atende/shared';
import { ActionIcon, Alert, Button, CopyButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconPlugConnected, IconWebhook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { checkDetail } from '../check-detail';
import { useChannelCheck } from '../hooks/use-channels';
import type { ChannelTestResult } from '../workspace-api';

function CheckResult({ result, ok, failed }: { result: ChannelTestResult | undefined; ok: string; failed: string }) {
  const { t } = useTranslation();
  if (!result) return null;
  return (
    <Alert color={result.ok ? 'teal' : 'red'} variant="light" title={result.ok ? ok : failed} role="status">
      {checkDetail(t, result)}
    </Alert>
  );
}

/**
 * SPEC ORG-05, CH-08: the webhook URL to paste at the provider, "Testar conexão" and, where the
 * provider allows it, "Registrar webhook". Both use the saved credentials.
 */
export function ProviderChecks({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const test = useChannelCheck('test');
  const webhook = useChannelCheck('webhook');
  return (
    <Stack gap="xs">
      {channel.webhookUrl && (
        <TextInput
          label={t('channelProvider.webhookUrl')}
          description={t('channelProvider.webhookHint')}
          value={channel.webhookUrl}
          readOnly
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          rightSection={
            <CopyButton value={channel.webhookUrl}>
              {({ copied, copy }) => (
                <Tooltip label={t(copied ? 'channels.copied' : 'channelProvider.copyWebhook')} withArrow>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('channelProvider.copyWebhook')}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
      )}
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlugConnected size={16} />}
          loading={test.isPending}
          onClick={() => test.mutate(channel.id)}
        >
          {t('channelProvider.test')}
        </Button>
        {channel.capabilities.registerWebhook && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconWebhook size={16} />}
            loading={webhook.isPending}
            onClick={() => webhook.mutate(channel.id)}
          >
            {t('channelProvider.registerWebhook')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('channelProvider.actionsHint')}
      </Text>
      <CheckResult result={test.data} ok={t('channelProvider.resultOk')} failed={t('channelProvider.resultFailed')} />
      <CheckResult result={webhook.data} ok={t('channelProvider.webhookOk')} failed={t('channelProvider.webhookFailed')} />
      <ErrorAlert error={test.error ?? webhook.error} />
    </Stack>
  );
}
