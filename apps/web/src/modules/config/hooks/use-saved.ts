import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../ui/use-notify';

type Section = 'calendars' | 'classifications' | 'contactOrigins' | 'processes' | 'slaPolicies' | 'slaReasons' | 'subprocesses';

/** What a configuration dialog does once its save succeeds: say "… criado" or "… atualizado", and close. */
export function useSaved(section: Section, editing: boolean, onClose: () => void): () => void {
  const { t } = useTranslation();
  const notify = useNotify();
  return () => {
    notify.success(t(`config.${section}.${editing ? 'updated' : 'created'}`));
    onClose();
  };
}
