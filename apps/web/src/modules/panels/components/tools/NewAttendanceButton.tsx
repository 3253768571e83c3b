import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyTools } from '../../hooks/use-my-tools';
import { useViewDef } from '../../hooks/use-panel-views';
import { AttendanceFormModal } from './AttendanceFormModal';

/** SPEC PAN-10: "Novo atendimento" on views without a grid toolbar (the tree, the synthetic chart). */
export function NewAttendanceButton({ tab, view }: { tab: string; view: string }) {
  const { t } = useTranslation();
  const { def } = useViewDef(tab, view);
  const allowed = useMyTools();
  const [open, setOpen] = useState(false);
  if (!def?.tools.includes('attendance.new') || !allowed('attendance.new')) return null;
  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen(true)}>
        {t('panels.tools.new')}
      </Button>
      {open && <AttendanceFormModal id={null} onClose={() => setOpen(false)} />}
    </>
  );
}
