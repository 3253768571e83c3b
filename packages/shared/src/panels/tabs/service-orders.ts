import type { PanelTool } from '../../tools.js';
import { columnDefs, type PanelColumnKey } from '../columns.js';
import { view, type PanelTab } from '../view.js';

// Seed "Em Ordem de Serviço" (SPEC PAN-06, PAN-07).
const tools: PanelTool[] = ['service_order.manage', 'sla.history', 'grid.export'];
const base: PanelColumnKey[] = [
  'code',
  'nameDocument',
  'protocol',
  'createdAt',
  'serviceOrderCode',
  'companyName',
  'processName',
  'subprocessName',
  'slaState',
  'contactOriginName',
];
const extra: PanelColumnKey[] = [
  'serviceOrderStatus',
  'assigneeName',
  'slaDueAt',
  'remainingHours',
  'finished',
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
  'serviceOrderCode',
  'city',
  'district',
  'street',
  'slaState',
  'contactOriginName',
];
const sort = { column: 'createdAt', dir: 'desc' } as const;

export const serviceOrdersTab: PanelTab = {
  key: 'service_orders',
  views: [
    view('d30', { columns: columnDefs(base, extra), defaultSort: sort, tools }),
    view('open', { columns: columnDefs([...base, 'serviceOrderStatus'], extra), defaultSort: sort, tools }),
    view('d30_late', { columns: columnDefs(base, extra), defaultSort: sort, tools }),
    view('d30_address', { columns: columnDefs(withAddress, [...base, ...extra]), defaultSort: sort, tools }),
  ],
};
