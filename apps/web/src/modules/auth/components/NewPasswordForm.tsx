import { Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PasswordField } from '../../../ui/PasswordField';

/** A new password typed twice; used by the staff reset page and the customer portal. */
export function NewPasswordForm(props: { submitLabel: string; loading: boolean; error: unknown; onSubmit: (password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again.length > 0 && password !== again;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password && password === again) props.onSubmit(password);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordField
          label={t('passwordReset.newPassword')}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <PasswordField
          label={t('passwordReset.confirmPassword')}
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          error={mismatch ? t('passwordReset.mismatch') : undefined}
        />
        <Text size="xs" c="dimmed">
          {t('passwordReset.hint')}
        </Text>
        <ErrorAlert error={props.error} />
        <Button type="submit" loading={props.loading} disabled={!password || password !== again}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
