import type { PanelTool } from '../../tools.js';
import { columnDefs } from '../columns.js';
import { view, type PanelTab } from '../view.js';

// Seed "Subprocessos atrasados" (SPEC PAN-07): late by 7 days, by 15 days, all.
const tools: PanelTool[] = [
  'attendance.edit',
  'sla.history',
  'attendance.take',
  'attendance.release',
  'process.forward',
  'subprocess.close',
  'grid.export',
];
const columns = columnDefs(
  [
    'code',
    'nameDocument',
    'protocol',
    'createdAt',
    'assigneeName',
    'companyName',
    'processName',
    'subprocessName',
    'subprocessStartedAt',
    'subprocessDueAt',
    'city',
    'district',
    'teamName',
    'contactOriginName',
  ],
  ['remainingHours', 'subprocessState', 'openingClassificationName', 'street'],
);
const sort = { column: 'subprocessDueAt', dir: 'asc' } as const;

export const lateSubprocessesTab: PanelTab = {
  key: 'late_subprocesses',
  views: [
    view('d7', { columns, defaultSort: sort, tools }),
    view('d15', { columns, defaultSort: sort, tools }),
    view('all', { columns, defaultSort: sort, tools }),
  ],
};
