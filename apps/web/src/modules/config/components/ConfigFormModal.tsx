import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import type { FieldErrors } from '../../../ui/field-errors';
import { shownOnField } from '../form-errors';

type Props = Omit<ComponentProps<typeof FormModal>, 'error' | 'pending' | 'showError' | 'submitLabel'> & {
  /** Editing an existing item ("Salvar") rather than creating one ("Criar"). */
  editing: boolean;
  /** The save error per field: when a field shows it, the general alert does not repeat it. */
  errors: FieldErrors;
  /** The save mutation: its error and whether it is under way. */
  save: { error: unknown; isPending: boolean };
};

/** The create/edit dialog of the "Configurações de atendimento" pages (SPEC PAN-02…PAN-04). */
export function ConfigFormModal({ editing, errors, save, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      {...props}
      error={save.error}
      pending={save.isPending}
      showError={!shownOnField(errors)}
      submitLabel={t(editing ? 'common.save' : 'common.create')}
    />
  );
}
