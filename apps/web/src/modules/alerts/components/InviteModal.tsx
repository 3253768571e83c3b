import { Button, CopyButton, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';

/** SPEC ALR-07: the first-access link, shown once to be copied and sent to the app user. */
export function InviteModal({ link, emailedTo, onClose }: { link: string; emailedTo?: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened onClose={onClose} title={t('alerts.users.inviteTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('alerts.users.inviteHint')}</Text>
        {emailedTo && (
          <Text size="sm" c="teal.8" role="status">
            {t('alertInvite.emailedTo', { to: emailedTo })}
          </Text>
        )}
        <TextInput label={t('alerts.users.inviteTitle')} value={link} readOnly onFocus={(e) => e.currentTarget.select()} />
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button onClick={copy} color={copied ? 'teal' : undefined}>
              {t(copied ? 'alerts.users.copied' : 'alerts.users.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </AppModal>
  );
}
