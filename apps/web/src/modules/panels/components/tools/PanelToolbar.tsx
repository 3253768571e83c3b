import type { PanelTool } from '@atende/shared';
import { Button, Group, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconCheck,
  IconClockEdit,
  IconHandGrab,
  IconHistory,
  IconPencil,
  IconPlayerPlay,
  IconPlus,
  IconRefresh,
  IconSend,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../../ui/use-notify';
import { releaseAttendance, resendSurvey, takeAttendance, type Query } from '../../api';
import { useAttendanceAction, useRefreshGrids } from '../../hooks/use-attendance-action';
import { useMyTools } from '../../hooks/use-my-tools';
import type { ColumnDef, Row } from '../../panel-types';
import { ColumnChooser } from '../grid/ColumnChooser';
import { AttendanceFormModal } from './AttendanceFormModal';
import { CloseSubprocessModal } from './CloseSubprocessModal';
import { ExportMenu } from './ExportMenu';
import { ForwardModal } from './ForwardModal';
import { ResumeSlaModal } from './ResumeSlaModal';
import { SlaHistoryModal } from './SlaHistoryModal';
import { SlaWizard } from './SlaWizard';

type Props = {
  tab: string;
  tools: PanelTool[];
  selected: Row | null;
  /** Grids only: the column chooser and the export (the process tree has neither). */
  grid?: {
    columns: ColumnDef[];
    visible: string[];
    onColumns: (keys: string[]) => void;
    exportUrl: string;
    exportQuery: Query;
    total: number | undefined;
  };
};
type Dialog = 'new' | 'edit' | 'sla' | 'resume' | 'history' | 'forward' | 'closeSubprocess' | null;

/** SPEC PAN-10: the tools of the view, each shown only when ORG-03 allows it to the user. */
export function PanelToolbar({ tab, tools, selected, grid }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const allowed = useMyTools();
  const has = (tool: PanelTool) => tools.includes(tool) && allowed(tool);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const id = selected?.id ?? '';
  const refresh = useRefreshGrids();
  const take = useAttendanceAction(id, (a: string) => takeAttendance(a));
  const release = useAttendanceAction(id, (a: string) => releaseAttendance(a));
  const resend = useAttendanceAction(id, (a: string) => resendSurvey(a));
  const run = (m: { mutate: (v: undefined, o: { onSuccess: () => void; onError: (e: unknown) => void }) => void }, done: string) => m.mutate(undefined, { onSuccess: () => notify.success(done), onError: notify.error });

  // Tools that act on the selected row stay visible but disabled without one, saying why.
  const rowTool = (label: string, icon: ReactNode, onClick: () => void, loading = false) => (
    <Tooltip label={t('panels.tools.needSelection')} disabled={!!selected} withArrow>
      <Button size="xs" variant="default" leftSection={icon} onClick={onClick} disabled={!selected} loading={loading}>
        {label}
      </Button>
    </Tooltip>
  );
  const paused = selected?.slaState === 'paused';

  return (
    <Group justify="space-between" p="sm" gap="xs" wrap="wrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="xs" role="toolbar" aria-label={t('panels.tools.label')}>
        {has('attendance.new') && (
          <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setDialog('new')}>
            {t('panels.tools.new')}
          </Button>
        )}
        {has('attendance.edit') && rowTool(t('panels.tools.edit'), <IconPencil size={16} />, () => setDialog('edit'))}
        {has('sla.modify') && !paused && rowTool(t('panels.tools.sla'), <IconClockEdit size={16} />, () => setDialog('sla'))}
        {has('sla.modify') && paused && rowTool(t('panels.tools.resume'), <IconPlayerPlay size={16} />, () => setDialog('resume'))}
        {has('sla.history') && rowTool(t('panels.tools.history'), <IconHistory size={16} />, () => setDialog('history'))}
        {has('attendance.take') && rowTool(t('panels.tools.take'), <IconHandGrab size={16} />, () => run(take, t('panels.tools.taken')), take.isPending)}
        {has('attendance.release') &&
          rowTool(t('panels.tools.release'), <IconArrowBackUp size={16} />, () => run(release, t('panels.tools.released')), release.isPending)}
        {has('process.forward') && rowTool(t('panels.tools.forward'), <IconArrowForwardUp size={16} />, () => setDialog('forward'))}
        {has('subprocess.close') && rowTool(t('panels.tools.closeSubprocess'), <IconCheck size={16} />, () => setDialog('closeSubprocess'))}
        {has('survey.resend') &&
          rowTool(t('panels.tools.resendSurvey'), <IconSend size={16} />, () => run(resend, t('panels.tools.surveyResent')), resend.isPending)}
        {tab === 'finished' && (
          <Button size="xs" variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void refresh()}>
            {t('panels.tools.refresh')}
          </Button>
        )}
      </Group>
      {grid && (
        <Group gap="xs">
          {has('grid.export') && <ExportMenu url={grid.exportUrl} query={grid.exportQuery} columns={grid.visible} total={grid.total} />}
          <ColumnChooser columns={grid.columns} visible={grid.visible} onChange={grid.onColumns} />
        </Group>
      )}
      {dialog === 'new' && <AttendanceFormModal id={null} onClose={close} />}
      {selected && dialog === 'edit' && <AttendanceFormModal id={selected.id} onClose={close} />}
      {selected && dialog === 'sla' && <SlaWizard id={selected.id} onClose={close} />}
      {selected && dialog === 'resume' && <ResumeSlaModal id={selected.id} onClose={close} />}
      {selected && dialog === 'history' && <SlaHistoryModal id={selected.id} onClose={close} />}
      {selected && dialog === 'forward' && <ForwardModal id={selected.id} onClose={close} />}
      {selected && dialog === 'closeSubprocess' && <CloseSubprocessModal id={selected.id} onClose={close} />}
    </Group>
  );
}
