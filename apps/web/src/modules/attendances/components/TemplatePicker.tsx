import { Box, Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import { useSendTemplate, useTemplates } from '../hooks/use-channel-messages';
import { newClientId } from '../outbox';
import { fillTemplate, templateComplete, templateKey, templateParams, templateVariableCount } from '../template-fill';

type Props = { attendanceId: string; channelId: string };

/**
 * SPEC CH-02: outside the 24-hour window only an approved template reaches the contact. The agent
 * picks one, fills its {{1}}… variables, sees the text as it will arrive and sends it.
 */
export function TemplatePicker({ attendanceId, channelId }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const previewId = useId();
  const templates = useTemplates(channelId, true);
  const send = useSendTemplate(attendanceId);
  const [key, setKey] = useState<string | null>(null);
  const [values, setValues] = useState<string[]>([]);
  const chosen = useMemo(() => templates.data?.find((x) => templateKey(x) === key), [templates.data, key]);
  const count = chosen ? templateVariableCount(chosen) : 0;

  if (templates.isPending) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('chat.templates.loading')}
        </Text>
      </Group>
    );
  }
  if (templates.isError) return <ErrorAlert error={templates.error} />;
  if (!templates.data.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('chat.templates.empty')}
      </Text>
    );
  }

  const choose = (next: string | null) => {
    setKey(next);
    setValues([]);
    send.reset();
  };
  const submit = () => {
    if (!chosen || !templateComplete(count, values)) return;
    send.mutate(
      {
        name: chosen.name,
        language: chosen.language,
        params: templateParams(count, values),
        text: fillTemplate(chosen.body, values),
        clientId: newClientId(),
      },
      {
        onSuccess: () => {
          choose(null);
          notify.success(t('chat.templates.sent'));
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      <Select
        label={t('chat.templates.choose')}
        placeholder={t('chat.templates.label')}
        data={templates.data.map((x) => ({ value: templateKey(x), label: `${x.name} (${x.language})` }))}
        value={key}
        onChange={choose}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      {chosen && (
        <>
          {Array.from({ length: count }, (_, i) => (
            <TextInput
              key={i}
              size="xs"
              label={t('chat.templates.variable', { n: i + 1 })}
              value={values[i] ?? ''}
              maxLength={1024}
              required
              onChange={(e) => {
                const next = values.slice();
                next[i] = e.currentTarget.value;
                setValues(next);
              }}
            />
          ))}
          <Box>
            <Text id={previewId} size="xs" fw={600} c="dimmed" mb={2}>
              {t('chat.templates.preview')}
            </Text>
            <Text
              aria-labelledby={previewId}
              role="note"
              size="sm"
              px="sm"
              py={6}
              bg="gray.0"
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)' }}
            >
              {fillTemplate(chosen.body, values)}
            </Text>
          </Box>
          <ErrorAlert error={send.error} />
          <Group justify="flex-end">
            <Button rightSection={<IconSend size={16} />} onClick={submit} loading={send.isPending} disabled={!templateComplete(count, values)}>
              {t('chat.templates.send')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
