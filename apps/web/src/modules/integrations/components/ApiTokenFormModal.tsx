import { apiTokenScopes, type ApiTokenScope, type CreatedApiToken } from '@atende/shared';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { DateField } from '../../../ui/DateField';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrors } from '../../../ui/field-errors';
import { useFormValues } from '../../../ui/use-form-values';
import { useCreateApiToken } from '../hooks/use-integrations';

/** SPEC PLT-02: a new token's name, scopes and optional expiry day (valid until that day ends). */
export function ApiTokenFormModal({ onClose, onCreated }: { onClose: () => void; onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const { values, set } = useFormValues({ name: '', scopes: ['read'] as ApiTokenScope[], expiresOn: '' });
  const errors = fieldErrors(t, create.error);
  const onField = isApiError(create.error) && Boolean(create.error.fields?.length);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const expiresAt = values.expiresOn ? new Date(`${values.expiresOn}T23:59:59`).toISOString() : null;
    create.mutate({ name: values.name.trim(), scopes: values.scopes, expiresAt }, { onSuccess: onCreated });
  };

  return (
    <FormModal
      title={t('apiTokens.new')}
      onClose={onClose}
      onSubmit={submit}
      error={create.error}
      showError={!onField}
      pending={create.isPending}
      submitLabel={t('common.create')}
    >
      <TextInput
        label={t('apiTokens.fields.name')}
        value={values.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={errors.name}
        maxLength={80}
        required
        data-autofocus
      />
      <Checkbox.Group
        label={t('apiTokens.fields.scopes')}
        value={values.scopes}
        onChange={(v) => set('scopes')(v as ApiTokenScope[])}
        error={errors.scopes}
        required
      >
        <Stack gap={6} mt={6}>
          {apiTokenScopes.map((scope) => (
            <Checkbox key={scope} value={scope} label={t(`apiTokens.scopes.${scope}`)} description={t(`apiTokens.scopeHints.${scope}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <DateField
        label={t('apiTokens.fields.expiresAt')}
        description={t('apiTokens.hints.expiresAt')}
        value={values.expiresOn}
        onChange={set('expiresOn')}
        error={errors.expiresAt}
        clearable
        minDate={new Date()}
      />
    </FormModal>
  );
}
