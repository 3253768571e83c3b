import type { PanelTool } from '@atende/shared';
import { Group } from '@mantine/core';
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
import { OverflowTools, type ToolItem } from './OverflowTools';
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
  const run = (m: { mutate: (v: undefined, o: { onSuccess: () => void; onError: (e: unknown) => void }) => void }, done: string) =>
    m.mutate(undefined, { onSuccess: () => notify.success(done), onError: notify.error });

  // Tools that act on the selected row stay visible but disabled without one, saying why.
  const rowTool = (key: string, label: string, icon: ReactNode, onClick: () => void, loading = false): ToolItem => ({
    key,
    label,
    icon,
    onClick,
    loading,
    disabled: !selected,
    hint: t('panels.tools.needSelection'),
  });
  const paused = selected?.slaState === 'paused';
  const items: ToolItem[] = [];
  if (has('attendance.new'))
    items.push({ key: 'new', label: t('panels.tools.new'), icon: <IconPlus size={16} />, onClick: () => setDialog('new'), primary: true });
  if (has('attendance.edit')) items.push(rowTool('edit', t('panels.tools.edit'), <IconPencil size={16} />, () => setDialog('edit')));
  if (has('sla.modify') && !paused) items.push(rowTool('sla', t('panels.tools.sla'), <IconClockEdit size={16} />, () => setDialog('sla')));
  if (has('sla.modify') && paused) items.push(rowTool('resume', t('panels.tools.resume'), <IconPlayerPlay size={16} />, () => setDialog('resume')));
  if (has('sla.history')) items.push(rowTool('history', t('panels.tools.history'), <IconHistory size={16} />, () => setDialog('history')));
  if (has('attendance.take'))
    items.push(rowTool('take', t('panels.tools.take'), <IconHandGrab size={16} />, () => run(take, t('panels.tools.taken')), take.isPending));
  if (has('attendance.release'))
    items.push(
      rowTool('release', t('panels.tools.release'), <IconArrowBackUp size={16} />, () => run(release, t('panels.tools.released')), release.isPending),
    );
  if (has('process.forward')) items.push(rowTool('forward', t('panels.tools.forward'), <IconArrowForwardUp size={16} />, () => setDialog('forward')));
  if (has('subprocess.close'))
    items.push(rowTool('closeSubprocess', t('panels.tools.closeSubprocess'), <IconCheck size={16} />, () => setDialog('closeSubprocess')));
  if (has('survey.resend'))
    items.push(
      rowTool(
        'resendSurvey',
        t('panels.tools.resendSurvey'),
        <IconSend size={16} />,
        () => run(resend, t('panels.tools.surveyResent')),
        resend.isPending,
      ),
    );
  if (tab === 'finished')
    items.push({ key: 'refresh', label: t('panels.tools.refresh'), icon: <IconRefresh size={16} />, onClick: () => void refresh() });

  return (
    <Group justify="space-between" p="sm" gap="xs" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <OverflowTools label={t('panels.tools.label')} items={items} />
      {grid && (
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
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
