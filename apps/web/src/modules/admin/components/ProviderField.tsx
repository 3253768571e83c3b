import type { Channel } from '@atende/shared';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../ui/PasswordField';
import { secretStatus, type ProviderField as Field } from '../channel-provider-form';

type Props = { field: Field; value: string; onChange: (value: string) => void; error?: string; secrets: Channel['secrets'] };

/** One provider setting; a secret shows only whether it is set (and its last 4), and stays blank to keep it. */
export function ProviderField({ field, value, onChange, error, secrets }: Props) {
  const { t } = useTranslation();
  const label = t(`channelProvider.fields.${field.name}`);
  const hint = t(`channelProvider.hints.${field.name}`);
  if (field.kind === 'secret') {
    return (
      <PasswordField
        label={label}
        description={`${secretStatus(t, secrets[field.name])} · ${hint}`}
        placeholder={secrets[field.name]?.set ? t('channelProvider.secretKeep') : undefined}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        autoComplete="new-password"
        maxLength={1024}
      />
    );
  }
  return (
    <TextInput
      label={label}
      description={hint}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      inputMode="numeric"
      maxLength={field.kind === 'number' ? 4 : 20}
    />
  );
}
