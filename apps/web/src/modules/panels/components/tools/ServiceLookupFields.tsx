import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCompanies } from '../../../admin/hooks/use-queues';
import { useTeams } from '../../../admin/hooks/use-teams';
import { useOpeningClassifications, useOrigins, useProcesses } from '../../hooks/use-lookups';

export type LookupValues = {
  companyId: string | null;
  teamId: string | null;
  contactOriginId: string | null;
  openingClassificationId: string | null;
  processId: string | null;
};
type Props = { values: LookupValues; onChange: (v: LookupValues) => void; editing: boolean; processLocked: boolean };

/** Company, group, contact origin (PAN-02), opening classification and process (PAN-03) of an attendance. */
export function ServiceLookupFields({ values, onChange, editing, processLocked }: Props) {
  const { t } = useTranslation();
  const companies = useCompanies();
  const teams = useTeams();
  const origins = useOrigins();
  const classifications = useOpeningClassifications();
  const processes = useProcesses();
  const options = (items: Array<{ id: string; name: string }> | undefined) => (items ?? []).map((i) => ({ value: i.id, label: i.name }));
  const field = (key: keyof LookupValues, label: string, data: Array<{ value: string; label: string }>, disabled = false) => (
    <Select
      label={label}
      data={data}
      value={values[key]}
      onChange={(v) => onChange({ ...values, [key]: v })}
      clearable={!disabled}
      disabled={disabled}
      searchable
      placeholder={t('panels.form.none')}
      comboboxProps={{ withinPortal: true }}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {field('companyId', t('panels.form.company'), options(companies.data))}
      {editing && field('teamId', t('panels.form.team'), options(teams.data))}
      {field('contactOriginId', t('panels.form.origin'), options(origins.data))}
      {field('openingClassificationId', t('panels.form.openingClassification'), options(classifications.data))}
      {field('processId', t('panels.form.process'), options(processes.data), processLocked)}
    </SimpleGrid>
  );
}
