import { useTranslation } from 'react-i18next';
import type { Process } from '../api';
import { useSaveProcess } from '../hooks/use-processes';
import { useSaved } from '../hooks/use-saved';
import { NameFormModal } from './NameFormModal';

type Props = { process: Process | null; onClose: () => void; onCreated?: (process: Process) => void };

/** SPEC PAN-03: create (process = null) or rename/activate a process. */
export function ProcessFormModal({ process, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const save = useSaveProcess();
  const saved = useSaved('processes', process !== null, onClose);
  return (
    <NameFormModal
      title={t(process ? 'config.processes.editTitle' : 'config.processes.new')}
      editing={process}
      takenCode="PROCESS_NAME_TAKEN"
      save={save}
      onClose={onClose}
      onSubmit={(values) =>
        save.mutate(
          { id: process?.id ?? null, body: process ? values : { name: values.name } },
          {
            onSuccess: (created) => {
              if (!process) onCreated?.(created);
              saved();
            },
          },
        )
      }
    />
  );
}
