import type { User } from '@atende/shared';
import { locales, roles, type Locale, type Role } from '@atende/shared/roles';
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrors } from '../../../ui/field-errors';
import { PasswordField } from '../../../ui/PasswordField';
import { useFormValues } from '../../../ui/use-form-values';
import { useNotify } from '../../../ui/use-notify';
import { useSaveUser } from '../hooks/use-users';

type Props = { user: User | null; onClose: () => void };

const codeFields = { USER_EMAIL_TAKEN: 'email', PASSWORD_TOO_COMMON: 'password', PASSWORD_IS_EMAIL: 'password' };

/** Create (user = null) or edit a staff user. The password is set here only on creation. */
export function UserFormModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveUser();
  const { values, set } = useFormValues({
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: user?.role ?? ('agent' as Role),
    password: '',
    extension: user?.extension ?? '',
    locale: user?.locale ?? ('pt-BR' as Locale),
    canStartAttendance: user?.canStartAttendance ?? false,
  });
  const errors = fieldErrors(t, save.error, codeFields);
  // Coded errors tied to a field (e-mail taken) show beside it instead of in the alert.
  const onField = isApiError(save.error) && save.error.code in codeFields;
  const text = (key: 'name' | 'email' | 'password' | 'extension') => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key)(e.currentTarget.value),
    error: errors[key],
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { password, ...rest } = values;
    const body = { ...rest, name: rest.name.trim(), email: rest.email.trim(), extension: rest.extension.trim() || null };
    const input = user ? { id: user.id, body } : { id: null, body: { ...body, password } };
    save.mutate(input, {
      onSuccess: () => {
        notify.success(t(user ? 'users.updated' : 'users.created'));
        onClose();
      },
    });
  };

  return (
    <FormModal
      title={t(user ? 'users.editTitle' : 'users.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!onField}
      pending={save.isPending}
      submitLabel={t(user ? 'common.save' : 'common.create')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('users.fields.name')} {...text('name')} required data-autofocus />
        <TextInput label={t('users.fields.email')} type="email" {...text('email')} required />
        <Select
          label={t('users.fields.role')}
          data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={values.role}
          onChange={(v) => v && set('role')(v as Role)}
          allowDeselect={false}
          error={errors.role}
          required
        />
        {!user && (
          <PasswordField
            label={t('users.fields.password')}
            description={t('users.hints.password')}
            {...text('password')}
            autoComplete="new-password"
            required
          />
        )}
        <TextInput label={t('users.fields.extension')} description={t('users.hints.extension')} inputMode="numeric" {...text('extension')} />
        <Select
          label={t('users.fields.locale')}
          data={locales.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
          value={values.locale}
          onChange={(v) => v && set('locale')(v as Locale)}
          allowDeselect={false}
          error={errors.locale}
        />
      </SimpleGrid>
      <Checkbox
        label={t('users.fields.canStartAttendance')}
        description={t('users.hints.canStartAttendance')}
        checked={values.canStartAttendance}
        onChange={(e) => set('canStartAttendance')(e.currentTarget.checked)}
      />
    </FormModal>
  );
}
