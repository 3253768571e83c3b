import { preChatFields, type PreChatField, type PreChatSettings } from '@atende/shared';
import { Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * SPEC CH-01: what the WebChat pre-chat form asks ("Nome", "E-mail", "CPF", "Telefone") and which
 * answers are required. A required field is always asked; unasking a field unrequires it.
 */
export function PreChatFields({ value, onChange }: { value: PreChatSettings; onChange: (v: PreChatSettings) => void }) {
  const { t } = useTranslation();
  const toggleAsked = (f: PreChatField, asked: boolean) =>
    onChange(
      asked
        ? { fields: preChatFields.filter((x) => x === f || value.fields.includes(x)), required: value.required }
        : { fields: value.fields.filter((x) => x !== f), required: value.required.filter((x) => x !== f) },
    );
  const toggleRequired = (f: PreChatField, required: boolean) =>
    onChange(
      required
        ? {
            fields: preChatFields.filter((x) => x === f || value.fields.includes(x)),
            required: preChatFields.filter((x) => x === f || value.required.includes(x)),
          }
        : { fields: value.fields, required: value.required.filter((x) => x !== f) },
    );
  return (
    <Fieldset legend={t('channels.preChat.title')}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('channels.preChat.hint')}
      </Text>
      <Stack gap={6}>
        {preChatFields.map((f) => (
          <Group key={f} justify="space-between">
            <Checkbox
              label={t(`channels.preChat.fields.${f}`)}
              checked={value.fields.includes(f)}
              onChange={(e) => toggleAsked(f, e.currentTarget.checked)}
            />
            <Checkbox
              label={t('channels.preChat.required')}
              aria-label={t('channels.preChat.requiredFor', { field: t(`channels.preChat.fields.${f}`) })}
              checked={value.required.includes(f)}
              onChange={(e) => toggleRequired(f, e.currentTarget.checked)}
            />
          </Group>
        ))}
      </Stack>
    </Fieldset>
  );
}
