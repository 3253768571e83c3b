import { roleAtLeast } from '@atende/shared/roles';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { RecordingsPage, type RecordingProfileLink } from '../../voice';

/**
 * SPEC ALR-05 "Gravações" of the Canal de Alertas: the voice recordings list and player, kept to the
 * calls app users placed from the alert app; "Ver o perfil do usuário" opens the app user's record
 * in "Usuários" (supervisors and admins, who may open it). The server applies the same role rules
 * as the voice list: agents see the calls they took.
 */
export function AlertRecordingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canOpenUsers = roleAtLeast(me.role, 'supervisor');
  const profileLink: RecordingProfileLink = (r) =>
    canOpenUsers && r.appUserId
      ? {
          to: `/alerts/users?user=${r.appUserId}`,
          label: t('alerts.recordings.profile'),
          labelOf: t('alerts.recordings.profileOf', { name: r.callerName || r.from }),
        }
      : null;
  return (
    <RecordingsPage source="alert-app" title={t('alerts.recordings.title')} subtitle={t('alerts.recordings.subtitle')} profileLink={profileLink} />
  );
}
