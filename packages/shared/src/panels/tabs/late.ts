import type { PanelTool } from '../../tools.js';
import { columnDefs } from '../columns.js';
import { view, type PanelTab } from '../view.js';

// Seed "Atrasados" (SPEC PAN-07): late in the last 24 hours, week, 30 days, all — open or finished.
const tools: PanelTool[] = ['sla.history', 'grid.export'];
const columns = columnDefs(
  ['code', 'nameDocument', 'protocol', 'createdAt', 'companyName', 'subprocessName', 'processName', 'finished', 'hoursLate'],
  ['slaDueAt', 'assigneeName', 'finishedAt', 'openingClassificationName', 'contactOriginName', 'city', 'district'],
);
const sort = { column: 'slaDueAt', dir: 'desc' } as const;

export const lateTab: PanelTab = {
  key: 'late',
  views: [
    view('h24', { columns, defaultSort: sort, tools }),
    view('week', { columns, defaultSort: sort, tools }),
    view('d30', { columns, defaultSort: sort, tools }),
    view('all', { columns, defaultSort: sort, tools }),
  ],
};
