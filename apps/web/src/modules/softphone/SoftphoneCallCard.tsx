import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPhone, IconPhoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSoftphone } from './use-softphone';

/**
 * The softphone's own minimal call card (SPEC VOX-01, VOX-02): "Nova chamada" with the caller's
 * number, "Atender" and "Desligar". The voice screens ("Tocando", "Atendimento") take over from it;
 * `data-sip` tells whether the extension is registered to the PBX.
 */
export function SoftphoneCallCard() {
  const { t } = useTranslation();
  const { phone, extension, state } = useSoftphone();
  if (!phone) return null;
  const call = state.call;
  return (
    <div
      data-sip={state.registration}
      role="region"
      aria-label={t('softphone.region')}
      style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 300 }}
    >
      {state.registration === 'failed' && (
        <Text size="xs" c="red">
          {t('softphone.failed', { extension })}
        </Text>
      )}
      {call && (
        <Paper shadow="md" p="md" withBorder miw={260}>
          <Stack gap="xs">
            <Text fw={600}>
              {call.state === 'ringing' ? t('softphone.incoming') : call.state === 'calling' ? t('softphone.calling') : t('softphone.inCall')}
            </Text>
            <Text size="lg">{call.peer}</Text>
            <Group>
              {call.state === 'ringing' && (
                <Button color="green" leftSection={<IconPhone size={16} />} onClick={() => phone.answer()}>
                  {t('softphone.answer')}
                </Button>
              )}
              <Button color="red" leftSection={<IconPhoneOff size={16} />} onClick={() => phone.hangup()}>
                {t('softphone.hangup')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </div>
  );
}
