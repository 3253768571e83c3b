import { panelTabs as sharedTabs } from '@atende/shared';

// SPEC PAN-07: the panel's tabs and views in the seed's order, from the shared registry. The
// console adds how each view is drawn: "Pesquisa avançada" is a search form over a grid, and
// "Busca avançada" also offers "Informações sintéticas" (the pivot of PAN-09).

export type ViewKind = 'grid' | 'tree' | 'pivot' | 'advanced';
export type ViewEntry = { key: string; kind: ViewKind };
export type TabEntry = { key: string; views: ViewEntry[] };

export const panelTabs: TabEntry[] = sharedTabs.map((tab) => ({
  key: tab.key,
  views: [
    ...tab.views.map((v): ViewEntry => ({ key: v.key, kind: tab.key === 'search' && v.key === 'advanced' ? 'advanced' : v.kind })),
    ...(tab.key === 'search' ? [{ key: 'synthetic', kind: 'pivot' as const }] : []),
  ],
}));

export function findView(tab: string | undefined, view: string | undefined): { tab: TabEntry; view: ViewEntry } | null {
  const t = panelTabs.find((x) => x.key === tab);
  const v = t?.views.find((x) => x.key === view);
  return t && v ? { tab: t, view: v } : null;
}
