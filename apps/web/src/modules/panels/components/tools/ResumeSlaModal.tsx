import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../ui/ConfirmModal';
import { useNotify } from '../../../../ui/use-notify';
import { slaResume } from '../../api';
import { useAttendanceAction } from '../../hooks/use-attendance-action';

/** SPEC PAN-04: a paused SLA is resumable ("Retomar SLA"). */
export function ResumeSlaModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const resume = useAttendanceAction(id, (a: string) => slaResume(a));
  return (
    <ConfirmModal
      opened
      title={t('panels.sla.resumeTitle')}
      text={t('panels.sla.resumeText')}
      confirmLabel={t('panels.tools.resume')}
      loading={resume.isPending}
      error={resume.error}
      onClose={onClose}
      onConfirm={() => resume.mutate(undefined, { onSuccess: () => (notify.success(t('panels.tools.resumed')), onClose()) })}
    />
  );
}
