import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePortalUser, useResendPortalPassword } from '../portal-user-api';
import { DetailField } from './PersonDetails';

/** SPEC PER-06 "Usuário": whether the person has a portal login, since when, last access, "Reenviar senha". */
export function PortalUserTab({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const view = usePortalUser(personId);
  const resend = useResendPortalPassword(personId);
  if (view.isPending) return <Loader size="sm" />;
  if (!view.data) return <ErrorAlert error={view.error} />;
  const { user, hasEmail, mailConfigured } = view.data;
  const when = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' }) : t('portalUser.never');
  return (
    <Stack gap="sm">
      {!user?.hasPassword && <Text size="sm">{user ? t('portalUser.pending') : t('portalUser.noLogin')}</Text>}
      {user?.hasPassword && (
        <>
          <Text size="sm" fw={600}>
            {t('portalUser.hasLogin')}
          </Text>
          <DetailField label={t('portalUser.since')}>{when(user.passwordSetAt)}</DetailField>
          <DetailField label={t('portalUser.lastAccess')}>{when(user.lastAccessAt)}</DetailField>
        </>
      )}
      {!hasEmail && (
        <Alert color="yellow" role="status">
          {t('portalUser.noEmail')}
        </Alert>
      )}
      {hasEmail && !mailConfigured && (
        <Alert color="yellow" role="status">
          {t('portalUser.noSmtp')}
        </Alert>
      )}
      {resend.data && (
        <Alert color="teal" role="status">
          {t('portalUser.resent', { to: resend.data.sentTo })}
        </Alert>
      )}
      <ErrorAlert error={resend.error} />
      <Group>
        <Button variant="light" disabled={!hasEmail || !mailConfigured} loading={resend.isPending} onClick={() => resend.mutate()}>
          {t('portalUser.resend')}
        </Button>
      </Group>
    </Stack>
  );
}
