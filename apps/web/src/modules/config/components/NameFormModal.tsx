import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValues } from '../../../ui/use-form-values';
import { configFieldErrors } from '../form-errors';
import { ActiveSwitch, NameField } from './ConfigFields';
import { ConfigFormModal } from './ConfigFormModal';

type Props = {
  title: string;
  editing: { name: string; active: boolean } | null;
  /** The coded error that belongs on the name field (e.g. CONTACT_ORIGIN_NAME_TAKEN). */
  takenCode: string;
  save: { error: unknown; isPending: boolean };
  onSubmit: (values: { name: string; active: boolean }) => void;
  onClose: () => void;
  /** Extra fields (and their errors) under the name. */
  children?: (errors: Partial<Record<string, string>>) => ReactNode;
};

/** A configuration item that is a name and an active flag, plus whatever `children` adds. */
export function NameFormModal({ title, editing, takenCode, save, onSubmit, onClose, children }: Props) {
  const { t } = useTranslation();
  const { values, set } = useFormValues({ name: editing?.name ?? '', active: editing?.active ?? true });
  const errors = configFieldErrors(t, save.error, { [takenCode]: 'name' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ name: values.name.trim(), active: values.active });
  };

  return (
    <ConfigFormModal title={title} editing={editing !== null} errors={errors} onClose={onClose} onSubmit={submit} save={save}>
      <NameField value={values.name} onChange={set('name')} error={errors.name} />
      {children?.(errors)}
      {editing && <ActiveSwitch checked={values.active} onChange={set('active')} />}
    </ConfigFormModal>
  );
}
