import type { ServiceAddress } from '@atende/shared';
import { formatCep, isUf, ufs } from '@atende/shared/br/cep';
import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const fields = ['cep', 'street', 'number', 'district', 'city', 'state', 'condo'] as const;

/**
 * The attendance's address (city, district, street and condominium are panel columns, PAN-01). The
 * state is one of the 27 UFs and the CEP is shown as 00000-000, as the person's addresses (PER-02).
 */
export function ServiceAddressFields({ value, onChange }: { value: ServiceAddress; onChange: (v: ServiceAddress) => void }) {
  const { t } = useTranslation();
  // A state saved before it had to be a UF stays visible, so it can be seen and replaced.
  const states = value.state && !isUf(value.state) ? [value.state, ...ufs] : [...ufs];
  return (
    <Fieldset legend={t('panels.form.address')} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {fields.map((f) =>
          f === 'state' ? (
            <Select
              key={f}
              label={t('panels.form.state')}
              data={states}
              value={value.state}
              onChange={(uf) => onChange({ ...value, state: uf })}
              searchable
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <TextInput
              key={f}
              label={t(`panels.form.${f}`)}
              value={value[f] ?? ''}
              inputMode={f === 'cep' ? 'numeric' : undefined}
              placeholder={f === 'cep' ? '00000-000' : undefined}
              onBlur={f === 'cep' ? () => value.cep && onChange({ ...value, cep: formatCep(value.cep) }) : undefined}
              onChange={(e) => onChange({ ...value, [f]: e.currentTarget.value || null })}
            />
          ),
        )}
      </SimpleGrid>
    </Fieldset>
  );
}
