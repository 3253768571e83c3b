import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { getChannelSecret, rotateChannelSecret } from '../workspace-api';

/**
 * SPEC CH-01 identity verification: the site's server signs the visitor's identity with this
 * secret. Hidden until asked for; rotating it invalidates every signature made with the old one.
 */
export function ChannelSecret({ channelId }: { channelId: string }) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const show = useMutation({ mutationFn: () => getChannelSecret(channelId), onSuccess: (r) => setSecret(r.secret) });
  const rotate = useMutation({ mutationFn: () => rotateChannelSecret(channelId), onSuccess: (r) => (setSecret(r.secret), setConfirming(false)) });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('channels.secret.label')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('channels.secret.hint')}
      </Text>
      {secret ? (
        <TextInput
          aria-label={t('channels.secret.label')}
          value={secret}
          readOnly
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          rightSectionWidth={90}
          rightSection={
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="subtle" onClick={copy}>
                  {t(copied ? 'channels.copied' : 'channels.secret.copy')}
                </Button>
              )}
            </CopyButton>
          }
        />
      ) : null}
      <Group gap="xs">
        {!secret && (
          <Button size="xs" variant="default" loading={show.isPending} onClick={() => show.mutate()}>
            {t('channels.secret.show')}
          </Button>
        )}
        {confirming ? (
          <>
            <Text size="xs" c="red">
              {t('channels.secret.rotateWarning')}
            </Text>
            <Button size="xs" color="red" loading={rotate.isPending} onClick={() => rotate.mutate()}>
              {t('channels.secret.rotateConfirm')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </>
        ) : (
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
            {t('channels.secret.rotate')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={show.error ?? rotate.error} />
    </Stack>
  );
}
