import type { PanelTool } from '../../tools.js';
import { columnDefs } from '../columns.js';
import { view, type PanelTab } from '../view.js';

// Seed "Busca avançada" (SPEC PAN-08): always a search; the kinds below pick the criterion.
export const advancedSearchKinds = [
  'period',
  'protocol',
  'code',
  'customer',
  'operator',
  'opening_operator',
  'city',
  'origin',
  'finished',
  'address',
  'condo',
  // SPEC ATT-12: an "Informações Personalizadas" field's answer (`field` names the form column).
  'form_field',
] as const;
export type AdvancedSearchKind = (typeof advancedSearchKinds)[number];

const tools: PanelTool[] = ['sla.history', 'grid.export'];

export const searchTab: PanelTab = {
  key: 'search',
  views: [
    view('advanced', {
      searchMode: true,
      columns: columnDefs(
        [
          'code',
          'nameDocument',
          'protocol',
          'createdAt',
          'assigneeName',
          'openedByName',
          'processName',
          'subprocessName',
          'companyName',
          'slaState',
          'contactOriginName',
          'city',
          'finishedAt',
        ],
        ['openingClassificationName', 'closingClassificationName', 'finishedByName', 'district', 'street', 'condo', 'serviceOrderStatus', 'teamName'],
      ),
      defaultSort: { column: 'createdAt', dir: 'desc' },
      tools,
    }),
  ],
};
