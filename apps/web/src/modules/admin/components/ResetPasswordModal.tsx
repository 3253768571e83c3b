import type { User } from '@atende/shared';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrors } from '../../../ui/field-errors';
import { PasswordField } from '../../../ui/PasswordField';
import { useNotify } from '../../../ui/use-notify';
import { useResetUserPassword } from '../hooks/use-users';
import { AppModal } from '../../../ui/AppModal';

// Coded refusals of the new password show beside the field (issue item: passwords).
const codeFields = { PASSWORD_TOO_COMMON: 'password', PASSWORD_IS_EMAIL: 'password', PASSWORD_UNCHANGED: 'password' };

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const reset = useResetUserPassword();
  const [password, setPassword] = useState('');
  const errors = fieldErrors(t, reset.error, codeFields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notify.success(t('users.passwordReset'));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('users.resetTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('users.resetText', { name: user.name })}</Text>
          <PasswordField
            label={t('users.newPassword')}
            description={t('users.hints.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            autoComplete="new-password"
            data-autofocus
          />
          {!errors.password && <ErrorAlert error={reset.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.actions.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
