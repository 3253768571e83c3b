import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';

type Props = { title: string; text: string; label: string; value: string; copyLabel: string; copiedLabel: string; onClose: () => void };

/** A token or secret shown once, right after it was made, with a copy button (SPEC PLT-02, PLT-03). */
export function SecretShownModal({ title, text, label, value, copyLabel, copiedLabel, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <Stack gap="md">
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
          <Text size="sm">{text}</Text>
        </Alert>
        <TextInput
          label={label}
          value={value}
          readOnly
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Group justify="flex-end" gap="sm">
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? copiedLabel : copyLabel}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
