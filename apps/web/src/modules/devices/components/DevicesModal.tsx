import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconMicrophone, IconVolume } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { playTone } from '../../../app/tone';
import { useUserPrefs } from '../../../app/use-user-prefs';
import { writePrefs } from '../../../app/user-prefs';
import { AppModal } from '../../../ui/AppModal';
import { useAudioDevices } from '../hooks/use-audio-devices';

type Props = { userId: string; opened: boolean; onClose: () => void };

// The browser default is the empty id; a remembered device that is gone falls back to it.
const options = (devices: MediaDeviceInfo[], defaultLabel: string, unnamed: string) => [
  { value: '', label: defaultLabel },
  ...devices.filter((d) => d.deviceId && d.deviceId !== 'default').map((d, i) => ({ value: d.deviceId, label: d.label || `${unnamed} ${i + 1}` })),
];

/** SPEC WS-01: choose the microphone and speaker the softphone uses; remembered per user and browser. */
export function DevicesModal({ userId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const devices = useAudioDevices(opened);
  const prefs = useUserPrefs(userId);
  const mics = options(devices.inputs, t('devices.default'), t('devices.microphone'));
  const speakers = options(devices.outputs, t('devices.default'), t('devices.speaker'));
  const pick = (list: { value: string }[], id: string) => (list.some((o) => o.value === id) ? id : '');

  return (
    <AppModal opened={opened} onClose={onClose} title={t('devices.title')}>
      <Stack gap="md">
        {devices.status === 'denied' && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('devices.denied')}
          </Alert>
        )}
        {devices.status === 'unsupported' && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('devices.unsupported')}
          </Alert>
        )}
        <Select
          label={t('devices.microphone')}
          leftSection={<IconMicrophone size={16} />}
          data={mics}
          value={pick(mics, prefs.microphoneId)}
          onChange={(v) => writePrefs(userId, { microphoneId: v ?? '' })}
          allowDeselect={false}
          disabled={devices.status === 'loading'}
        />
        <Select
          label={t('devices.speaker')}
          leftSection={<IconVolume size={16} />}
          data={speakers}
          value={pick(speakers, prefs.speakerId)}
          onChange={(v) => writePrefs(userId, { speakerId: v ?? '' })}
          allowDeselect={false}
          disabled={devices.status === 'loading'}
        />
        <Text size="xs" c="dimmed">
          {t('devices.remembered')}
        </Text>
        <Group justify="space-between">
          <Button variant="light" leftSection={<IconVolume size={16} />} onClick={() => void playTone(prefs.speakerId)}>
            {t('devices.testSpeaker')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
