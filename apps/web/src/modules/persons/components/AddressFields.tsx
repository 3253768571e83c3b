import { formatCep, ufs, type Uf } from '@atende/shared/br/cep';
import { ActionIcon, Box, Group, Select, SimpleGrid, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddressKind } from '../api';
import type { AddressValues, Problems } from '../person-form';
import { problemText } from '../problem-text';

// The shared package's list would pull its zod schemas into the bundle; the record keeps this one complete.
const kinds: Record<AddressKind, true> = { residential: true, commercial: true, billing: true, other: true };
const addressKinds = Object.keys(kinds) as AddressKind[];

type Props = {
  index: number;
  value: AddressValues;
  problems: Problems;
  onChange: (next: AddressValues) => void;
  onRemove: () => void;
};

/** One address of SPEC PER-02: CEP, logradouro, número, complemento, bairro, cidade, UF. */
export function AddressFields({ index, value, problems, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const title = t('persons.form.address', { n: index + 1 });
  const error = (field: keyof AddressValues) => problemText(t, problems[`addresses.${index}.${field}`]);
  const text = (field: 'cep' | 'logradouro' | 'numero' | 'complemento' | 'bairro' | 'cidade') => ({
    label: t(`persons.form.${field}`),
    value: value[field],
    error: error(field),
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange({ ...value, [field]: e.currentTarget.value }),
  });
  return (
    <Box role="group" aria-label={title} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Tooltip label={t('persons.form.remove', { item: title })} withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={t('persons.form.remove', { item: title })} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="xs">
        <TextInput {...text('cep')} inputMode="numeric" placeholder="00000-000" onBlur={() => onChange({ ...value, cep: formatCep(value.cep) })} />
        <Box style={{ gridColumn: 'span 2' }}>
          <TextInput {...text('logradouro')} />
        </Box>
        <TextInput {...text('numero')} />
        <TextInput {...text('complemento')} />
        <TextInput {...text('bairro')} />
        <TextInput {...text('cidade')} />
        <Select
          label={t('persons.form.uf')}
          data={[...ufs]}
          value={value.uf || null}
          onChange={(uf) => onChange({ ...value, uf: (uf ?? '') as Uf | '' })}
          error={error('uf')}
          searchable
        />
        <Select
          label={t('persons.form.kind')}
          data={addressKinds.map((k) => ({ value: k, label: t(`persons.form.kinds.${k}`) }))}
          value={value.kind}
          onChange={(k) => k && onChange({ ...value, kind: k as AddressKind })}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Box>
  );
}
