import { panelTools, type PanelTool } from '../../tools.js';
import { columnDefs, type PanelColumnKey } from '../columns.js';
import { view, type PanelTab } from '../view.js';

// Seed "Abertos" (SPEC PAN-07, PAN-10): "Novo atendimento" everywhere, edit everywhere, "Modificar
// SLA" everywhere except "Processo x Subprocesso" and "Gráfico Sintético".
// Every tool but "Reenviar avaliação", which only a finished attendance has.
const gridTools: PanelTool[] = panelTools.filter((tool) => tool !== 'survey.resend');
const treeTools: PanelTool[] = ['attendance.new', 'attendance.edit', 'attendance.take', 'attendance.release', 'process.forward', 'subprocess.close'];

const openColumns: PanelColumnKey[] = [
  'code',
  'nameDocument',
  'protocol',
  'createdAt',
  'assigneeName',
  'processName',
  'subprocessName',
  'openingClassificationName',
  'companyName',
  'slaState',
  'contactOriginName',
  'serviceOrderStatus',
];
const extra: PanelColumnKey[] = ['slaDueAt', 'remainingHours', 'teamName', 'openedByName', 'city', 'district', 'street', 'condo'];
const newest = { column: 'createdAt', dir: 'desc' } as const;

export const openTab: PanelTab = {
  key: 'open',
  views: [
    view('today', { columns: columnDefs(openColumns, extra), defaultSort: newest, tools: gridTools }),
    view('week', { columns: columnDefs(openColumns, extra), defaultSort: newest, tools: gridTools }),
    // "Todos abertos" adds city and neighbourhood and opens in search mode.
    view('all', { searchMode: true, columns: columnDefs([...openColumns, 'city', 'district'], extra), defaultSort: newest, tools: gridTools }),
    view('sla_late', {
      searchMode: true,
      columns: columnDefs([...openColumns.filter((c) => c !== 'serviceOrderStatus'), 'slaDueAt', 'remainingHours'], ['serviceOrderStatus', ...extra]),
      defaultSort: { column: 'slaDueAt', dir: 'asc' },
      tools: gridTools,
    }),
    view('interactions', {
      columns: columnDefs(
        [
          'code',
          'interaction',
          'eventAt',
          'actorName',
          'protocol',
          'assigneeName',
          'processName',
          'subprocessName',
          'openingClassificationName',
          'companyName',
          'slaState',
        ],
        ['eventType', 'nameDocument', 'createdAt', 'contactOriginName'],
      ),
      defaultSort: { column: 'eventAt', dir: 'desc' },
      tools: gridTools,
    }),
    view('subprocess_deadlines', {
      searchMode: true,
      columns: columnDefs(
        [
          'code',
          'nameDocument',
          'protocol',
          'createdAt',
          'openedByName',
          'processName',
          'subprocessName',
          'subprocessDueAt',
          'subprocessState',
          'remainingHours',
          'companyName',
          'contactOriginName',
        ],
        ['assigneeName', 'subprocessStartedAt', 'city', 'district'],
      ),
      defaultSort: { column: 'subprocessDueAt', dir: 'asc' },
      tools: gridTools,
    }),
    view('process_tree', { kind: 'tree', columns: [], defaultSort: { column: 'subprocessDueAt', dir: 'asc' }, tools: treeTools }),
    view('synthetic', { kind: 'pivot', columns: [], defaultSort: newest, tools: ['attendance.new'] }),
  ],
};
