import { Button, Group, Stack, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';
import { ErrorAlert } from './ErrorAlert';

type Props = {
  title: ReactNode;
  size?: ModalProps['size'];
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  /** The save's error, shown above the buttons unless its fields already show it. */
  error: unknown;
  showError: boolean;
  pending: boolean;
  submitLabel: string;
  children: ReactNode;
};

/** The console's create/edit dialog: fields, the save error, "Cancelar" and the submit button. */
export function FormModal({ title, size, onClose, onSubmit, error, showError, pending, submitLabel, children }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          {showError && <ErrorAlert error={error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
