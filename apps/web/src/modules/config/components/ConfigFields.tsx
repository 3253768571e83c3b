import { Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The fields every configuration item has: a name, and once it exists an active flag
// (items are deactivated, never deleted, so attendances keep their names).

/** "Nome", focused when the dialog opens. */
export function NameField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('config.fields.name')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      maxLength={120}
      required
      data-autofocus
    />
  );
}

/** "Ativo". */
export function ActiveSwitch({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return <Switch label={t('config.fields.active')} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />;
}
