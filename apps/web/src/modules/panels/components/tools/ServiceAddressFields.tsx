import type { ServiceAddress } from '@atende/shared';
import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const fields = ['cep', 'street', 'number', 'district', 'city', 'state', 'condo'] as const;

/** The attendance's address (city, district, street and condominium are panel columns, PAN-01). */
export function ServiceAddressFields({ value, onChange }: { value: ServiceAddress; onChange: (v: ServiceAddress) => void }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('panels.form.address')} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {fields.map((f) => (
          <TextInput
            key={f}
            label={t(`panels.form.${f}`)}
            value={value[f] ?? ''}
            maxLength={f === 'state' ? 2 : undefined}
            onChange={(e) => onChange({ ...value, [f]: e.currentTarget.value || null })}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
