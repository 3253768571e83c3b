import type { Me } from '@atende/shared';
import { Button, Divider, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrors } from '../../../ui/field-errors';
import { useNotify } from '../../../ui/use-notify';
import { useUpdateName } from '../hooks/use-profile';
import { AvatarEditor } from './AvatarEditor';

export function ProfileEditForm({ me, onDone }: { me: Me; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useUpdateName();
  const [name, setName] = useState(me.name);
  const [empty, setEmpty] = useState(false);
  const errors = fieldErrors(t, save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    setEmpty(!trimmed);
    if (!trimmed) return;
    if (trimmed === me.name) return onDone();
    save.mutate(trimmed, {
      onSuccess: () => {
        notify.success(t('profile.updated'));
        onDone();
      },
    });
  };

  return (
    <Stack gap="md">
      <AvatarEditor me={me} />
      <Divider />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('profile.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={empty ? t('validation.name') : errors.name}
            maxLength={120}
            required
            data-autofocus
          />
          {!errors.name && <ErrorAlert error={save.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
