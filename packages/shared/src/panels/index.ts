// SPEC PAN-07…PAN-10: the "Painel de Atendimento" registry (tabs, views, columns, tools), one file
// per tab, read by the server (GET /api/panels/views, query builder) and the console.
import { finishedTab } from './tabs/finished.js';
import { lateSubprocessesTab } from './tabs/late-subprocesses.js';
import { lateTab } from './tabs/late.js';
import { openTab } from './tabs/open.js';
import { searchTab } from './tabs/search.js';
import { serviceOrdersTab } from './tabs/service-orders.js';
import type { PanelTab, PanelView } from './view.js';

export * from './columns.js';
export * from './pivot.js';
export type { PanelTab, PanelView, PanelViewKind } from './view.js';
export { advancedSearchKinds, type AdvancedSearchKind } from './tabs/search.js';

export const panelTabs: PanelTab[] = [openTab, lateSubprocessesTab, finishedTab, serviceOrdersTab, lateTab, searchTab];

export function findPanelView(tab: string, viewKey: string): PanelView | undefined {
  return panelTabs.find((t) => t.key === tab)?.views.find((v) => v.key === viewKey);
}
export * from './form-columns.js';
