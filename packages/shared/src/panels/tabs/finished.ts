import type { PanelTool } from '../../tools.js';
import { columnDefs, type PanelColumnKey } from '../columns.js';
import { view, type PanelTab } from '../view.js';

// Seed "Finalizados" (SPEC PAN-07): today, week, 30 days, 30 days with address, late in 30 days;
// tools "Reenviar avaliação" and refresh (the UI's own).
const tools: PanelTool[] = ['survey.resend', 'sla.history', 'grid.export'];
const base: PanelColumnKey[] = [
  'code',
  'nameDocument',
  'protocol',
  'createdAt',
  'finishedAt',
  'closingClassificationName',
  'finishedByName',
  'companyName',
  'processName',
  'subprocessName',
  'slaState',
  'contactOriginName',
];
const extra: PanelColumnKey[] = [
  'assigneeName',
  'openingClassificationName',
  'slaDueAt',
  'hoursLate',
  'teamName',
  'city',
  'district',
  'street',
  'condo',
];
const withAddress: PanelColumnKey[] = [
  'code',
  'nameDocument',
  'protocol',
  'createdAt',
  'finishedAt',
  'closingClassificationName',
  'city',
  'district',
  'subprocessName',
  'slaState',
  'contactOriginName',
];
const sort = { column: 'finishedAt', dir: 'desc' } as const;

export const finishedTab: PanelTab = {
  key: 'finished',
  views: [
    view('today', { columns: columnDefs(base, extra), defaultSort: sort, tools }),
    view('week', { columns: columnDefs(base, extra), defaultSort: sort, tools }),
    view('d30', { columns: columnDefs(base, extra), defaultSort: sort, tools }),
    view('d30_address', { columns: columnDefs(withAddress, [...base, ...extra]), defaultSort: sort, tools }),
    view('d30_late', { columns: columnDefs([...base, 'hoursLate'], extra), defaultSort: sort, tools }),
  ],
};
