import type { Channel } from '@atende/shared';
import { Divider, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { useNotify } from '../../../ui/use-notify';
import { initialProviderValues, providerBody, providerFieldErrors, providerFields } from '../channel-provider-form';
import { useSaveChannelProvider } from '../hooks/use-channels';
import { ProviderChecks } from './ProviderChecks';
import { ProviderField } from './ProviderField';

/**
 * SPEC ORG-05, CH-02, CH-03: a WhatsApp or Telegram channel's provider settings and write-only
 * secrets. Stays open after saving, so the admin can test the connection with what was saved.
 */
export function ChannelProviderModal({ channel, onClose }: { channel: Channel; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveChannelProvider();
  const [current, setCurrent] = useState(channel);
  const [values, setValues] = useState(() => initialProviderValues(channel));
  const fields = providerFields(channel.type) ?? [];
  const errors = providerFieldErrors(t, save.error, channel.type);
  const onField = Object.keys(errors).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: channel.id, body: providerBody(channel.type, values) },
      {
        onSuccess: (saved) => {
          notify.success(t('channelProvider.saved'));
          setCurrent(saved);
          setValues(initialProviderValues(saved));
        },
      },
    );
  };

  return (
    <FormModal
      title={t('channelProvider.title', { name: channel.name })}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!onField}
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      <Text size="sm" c="dimmed">
        {t('channelProvider.intro')}
      </Text>
      {fields.map((f) => (
        <ProviderField
          key={f.name}
          field={f}
          value={values[f.name] ?? ''}
          onChange={(v) => setValues((prev) => ({ ...prev, [f.name]: v }))}
          error={errors[f.name]}
          secrets={current.secrets}
        />
      ))}
      <Divider />
      <ProviderChecks channel={current} />
    </FormModal>
  );
}
