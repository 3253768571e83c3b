import { Box, Group, NavLink, Paper, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { tabLabel, viewLabel } from '../labels';
import { findView, panelTabs, type TabEntry, type ViewEntry } from '../registry';
import { AdvancedSearchView } from './AdvancedSearchView';
import { GridView } from './GridView';
import { PivotView } from './pivot/PivotView';
import { ProcessTreeView } from './ProcessTreeView';

const first = panelTabs[0]!;

/** SPEC PAN-07: "Painel de Atendimento" — six tabs, each with its views; the URL names both. */
export function PanelPage() {
  const { t } = useTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const found = findView(params.tab, params.view);
  if (!found) {
    // A known tab without (or with an unknown) view opens its first view; anything else, the first tab's.
    const tab = panelTabs.find((x) => x.key === params.tab) ?? first;
    return <Navigate to={`/panel/${tab.key}/${tab.views[0]!.key}`} replace />;
  }
  const { tab, view } = found;
  const go = (tabKey: string, viewKey: string) => void navigate(`/panel/${tabKey}/${viewKey}`);

  return (
    <>
      <PageHeader title={t('panels.title')} subtitle={t('panels.subtitle')} />
      <Tabs
        value={tab.key}
        onChange={(key) => {
          const next = panelTabs.find((x) => x.key === key);
          if (next) go(next.key, next.views[0]!.key);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('panels.tabsLabel')} mb="md">
          {panelTabs.map((x) => (
            <Tabs.Tab key={x.key} value={x.key}>
              {tabLabel(t, x.key)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab.key}>
          <Group align="flex-start" gap="md" wrap="nowrap">
            <ViewList tab={tab} current={view.key} onPick={(v) => go(tab.key, v)} />
            <Box style={{ flex: 1, minWidth: 0 }}>
              <ViewContent key={`${tab.key}.${view.key}`} tab={tab.key} view={view} />
            </Box>
          </Group>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function ViewList({ tab, current, onPick }: { tab: TabEntry; current: string; onPick: (view: string) => void }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      radius="lg"
      p={6}
      w={200}
      style={{ flexShrink: 0 }}
      component="nav"
      aria-label={t('panels.viewsLabel', { tab: tabLabel(t, tab.key) })}
    >
      <Stack gap={2}>
        {tab.views.map((v) => (
          <NavLink
            key={v.key}
            component="button"
            type="button"
            label={viewLabel(t, tab.key, v.key)}
            active={v.key === current}
            aria-current={v.key === current ? 'page' : undefined}
            onClick={() => onPick(v.key)}
            style={{ borderRadius: 8 }}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function ViewContent({ tab, view }: { tab: string; view: ViewEntry }) {
  switch (view.kind) {
    case 'tree':
      return <ProcessTreeView />;
    case 'pivot':
      return <PivotView tab={tab} view={view.key} />;
    case 'advanced':
      return <AdvancedSearchView />;
    default:
      return <GridView tab={tab} view={view.key} />;
  }
}
