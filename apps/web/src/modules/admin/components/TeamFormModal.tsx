import type { Team } from '@atende/shared';
import { MultiSelect, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrors } from '../../../ui/field-errors';
import { useFormValues } from '../../../ui/use-form-values';
import { useNotify } from '../../../ui/use-notify';
import { useSaveTeam } from '../hooks/use-teams';
import { useUsers } from '../hooks/use-users';

const codeFields = { TEAM_NAME_TAKEN: 'name' };

export function TeamFormModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveTeam();
  const users = useUsers();
  const { values, set } = useFormValues({
    name: team?.name ?? '',
    description: team?.description ?? '',
    memberIds: team?.memberIds ?? [],
  });
  const errors = fieldErrors(t, save.error, codeFields);
  const onField = isApiError(save.error) && save.error.code in codeFields;
  // Inactive users stay listed while they are members, so saving does not drop them silently.
  const options = (users.data ?? []).filter((u) => u.active || values.memberIds.includes(u.id)).map((u) => ({ value: u.id, label: u.name }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name: values.name.trim(), description: values.description.trim() || null, memberIds: values.memberIds };
    save.mutate(
      { id: team?.id ?? null, body },
      {
        onSuccess: () => {
          notify.success(t(team ? 'teams.updated' : 'teams.created'));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={t(team ? 'teams.editTitle' : 'teams.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!onField}
      pending={save.isPending}
      submitLabel={t(team ? 'common.save' : 'common.create')}
    >
      <TextInput
        label={t('teams.fields.name')}
        value={values.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={errors.name}
        required
        data-autofocus
      />
      <Textarea
        label={t('teams.fields.description')}
        value={values.description}
        onChange={(e) => set('description')(e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={2}
        maxRows={5}
      />
      <MultiSelect
        label={t('teams.fields.members')}
        placeholder={t('teams.membersPlaceholder')}
        data={options}
        value={values.memberIds}
        onChange={set('memberIds')}
        searchable
        clearable
        hidePickedOptions
        error={errors.memberIds}
        comboboxProps={{ withinPortal: true }}
      />
    </FormModal>
  );
}
