import type { FormAnswers, PersonField } from '@atende/shared';
import { Divider, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFieldInput } from '../../knowledge/components/FormFieldInput';

type Props = { fields: PersonField[]; values: FormAnswers; errors: (key: string) => string | undefined; onChange: (values: FormAnswers) => void };

/** SPEC PER-05: the person type's "Dados personalizados" on the person form (the attendance forms' inputs). */
export function CustomFields({ fields, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  if (!fields.length) return null;
  return (
    <>
      <Divider label={t('people.fields.section')} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" role="group" aria-label={t('people.fields.section')}>
        {fields.map((f) => (
          <FormFieldInput key={f.id} field={f} value={values[f.key]} error={errors(f.key)} onChange={(v) => onChange({ ...values, [f.key]: v })} />
        ))}
      </SimpleGrid>
    </>
  );
}
