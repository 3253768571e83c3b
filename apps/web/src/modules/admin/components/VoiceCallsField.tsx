import type { Queue } from '@atende/shared';
import { Fieldset, Select, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * SPEC VOX-06 (a) "Permitir chamadas de voz": a WebChat channel whose visitors may call from the
 * widget ("Ligar"); their calls ring the chosen voice queue. Off: null.
 */
export function VoiceCallsField({ value, onChange, queues }: { value: string | null; onChange: (v: string | null) => void; queues: Queue[] }) {
  const { t } = useTranslation();
  const voice = queues.filter((q) => (q.kind === 'voice' && q.direction !== 'outbound') || q.id === value);
  return (
    <Fieldset legend={t('channels.voice.allow')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('channels.voice.hint')}
        </Text>
        <Switch
          label={t('channels.voice.allow')}
          checked={value !== null}
          disabled={!voice.length}
          onChange={(e) => onChange(e.currentTarget.checked ? (voice[0]?.id ?? null) : null)}
        />
        {value !== null && (
          <Select
            label={t('channels.voice.queue')}
            data={voice.map((q) => ({ value: q.id, label: q.name }))}
            value={value}
            onChange={(v) => v && onChange(v)}
            allowDeselect={false}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
