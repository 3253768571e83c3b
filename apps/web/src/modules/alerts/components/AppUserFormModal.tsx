import { Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../ui/field-errors';
import { FormModal } from '../../../ui/FormModal';
import { useTeams } from '../../admin/hooks/use-teams';
import type { AlertAppUser } from '../api';
import { useSaveAppUser } from '../hooks';

/** SPEC ALR-01, ALR-07: an app user's name, CPF, phone, e-mail and team. */
export function AppUserFormModal({ user, onClose }: { user: AlertAppUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAppUser();
  const teams = useTeams();
  const [v, setV] = useState({
    name: user?.name ?? '',
    cpf: user?.cpf ?? '',
    phone: user?.phone ?? '',
    email: user?.email ?? '',
    teamId: user?.team?.id ?? null,
  });
  const [missing, setMissing] = useState(false);
  const errors = fieldErrors(t, save.error, { ALERT_APP_USER_DUPLICATE: 'cpf' });
  const set = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = !v.name.trim() || !v.cpf.trim();
    setMissing(bad);
    if (bad) return;
    const body = { name: v.name.trim(), cpf: v.cpf.trim(), phone: v.phone.trim() || null, email: v.email.trim() || null, teamId: v.teamId };
    save.mutate({ id: user?.id ?? null, body }, { onSuccess: onClose });
  };
  const required = (value: string) => (missing && !value.trim() ? t('alerts.users.required') : undefined);
  return (
    <FormModal
      title={t(user ? 'alerts.users.editTitle' : 'alerts.users.new')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={Object.keys(errors).length === 0}
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      <TextInput
        label={t('alerts.users.fields.name')}
        value={v.name}
        onChange={set('name')}
        error={required(v.name) ?? errors.name}
        maxLength={120}
        required
        data-autofocus
      />
      <TextInput
        label={t('alerts.users.fields.cpf')}
        value={v.cpf}
        onChange={set('cpf')}
        error={required(v.cpf) ?? errors.cpf}
        maxLength={20}
        required
      />
      <TextInput label={t('alerts.users.fields.phone')} value={v.phone} onChange={set('phone')} error={errors.phone} maxLength={30} />
      <TextInput label={t('alerts.users.fields.email')} type="email" value={v.email} onChange={set('email')} error={errors.email} maxLength={254} />
      <Select
        label={t('alerts.users.fields.team')}
        placeholder={t('alerts.users.noTeam')}
        clearable
        value={v.teamId}
        onChange={(teamId) => setV({ ...v, teamId })}
        data={(teams.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
      />
    </FormModal>
  );
}
