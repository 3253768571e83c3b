import { webhookEvents, type WebhookEndpoint, type WebhookEndpointWithSecret, type WebhookEvent } from '@atende/shared';
import { Checkbox, SimpleGrid, Switch, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrors } from '../../../ui/field-errors';
import { useFormValues } from '../../../ui/use-form-values';
import { useNotify } from '../../../ui/use-notify';
import { useSaveWebhook } from '../hooks/use-integrations';

type Props = { endpoint: WebhookEndpoint | null; onClose: () => void; onCreated: (endpoint: WebhookEndpointWithSecret) => void };

/** SPEC PLT-03: an endpoint's URL, description and events; its secret is shown after creation. */
export function WebhookFormModal({ endpoint, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveWebhook();
  const { values, set } = useFormValues({
    url: endpoint?.url ?? 'https://',
    description: endpoint?.description ?? '',
    events: (endpoint?.events ?? []) as WebhookEvent[],
    enabled: endpoint?.enabled ?? true,
  });
  const errors = fieldErrors(t, save.error);
  const onField = isApiError(save.error) && Boolean(save.error.fields?.length);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { url: values.url.trim(), description: values.description.trim() || null, events: values.events, enabled: values.enabled };
    save.mutate(
      { id: endpoint?.id ?? null, body },
      {
        onSuccess: (saved) => {
          if (!endpoint && 'secret' in saved) return onCreated(saved as WebhookEndpointWithSecret);
          notify.success(t('webhooks.updated'));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={t(endpoint ? 'webhooks.editTitle' : 'webhooks.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!onField}
      pending={save.isPending}
      submitLabel={t(endpoint ? 'common.save' : 'common.create')}
    >
      <TextInput
        label={t('webhooks.fields.url')}
        value={values.url}
        onChange={(e) => set('url')(e.currentTarget.value)}
        error={errors.url}
        required
        data-autofocus
      />
      <TextInput
        label={t('webhooks.fields.description')}
        value={values.description}
        onChange={(e) => set('description')(e.currentTarget.value)}
        error={errors.description}
        maxLength={200}
      />
      <Checkbox.Group
        label={t('webhooks.fields.events')}
        value={values.events}
        onChange={(v) => set('events')(v as WebhookEvent[])}
        error={errors.events}
        required
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
          {webhookEvents.map((e) => (
            <Checkbox key={e} value={e} label={t(`webhooks.events.${e}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {endpoint && <Switch label={t('webhooks.fields.enabled')} checked={values.enabled} onChange={(e) => set('enabled')(e.currentTarget.checked)} />}
    </FormModal>
  );
}
