import { Badge, Box, Tabs, VisuallyHidden } from '@mantine/core';
import { IconHistory, IconMessages } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { WIDE_WORKSPACE } from '../../../ui/breakpoints';
import { usePageTitle } from '../../../ui/use-page-title';
import type { AttendanceView } from '../api';
import { useAttendanceList } from '../hooks/use-attendances';
import { ActiveWorkspace } from './ActiveWorkspace';
import { HistoryWorkspace } from './HistoryWorkspace';

// On wide screens the page takes the room the shell leaves it (the window under the top bar and
// any banner) and its columns scroll on their own; narrower ones stack the panels and the page scrolls.

/** SPEC WS-09: the attendance module — tabs "Atendimento" (active work) and "Histórico" (finished). */
export function AttendancePage({ view }: { view: AttendanceView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = null } = useParams();
  const wide = useMediaQuery(WIDE_WORKSPACE, true);
  const active = useAttendanceList('active');
  const unread = active.data?.reduce((n, a) => n + (a.unread > 0 ? 1 : 0), 0) ?? 0;
  usePageTitle(t(view === 'history' ? 'attendances.tabs.history' : 'attendances.title'));
  return (
    <Box mih={560} style={{ display: 'flex', flexDirection: 'column', ...(wide ? { flex: '1 1 0' } : {}) }}>
      <VisuallyHidden component="h1">{t('attendances.title')}</VisuallyHidden>
      <Tabs
        value={view}
        onChange={(v) => navigate(v === 'history' ? '/attendances/history' : '/attendances')}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <Tabs.List aria-label={t('attendances.sections')} mb="sm">
          <Tabs.Tab
            value="active"
            leftSection={<IconMessages size={16} />}
            rightSection={
              unread > 0 && (
                <Badge size="xs" circle color="red" aria-hidden>
                  {unread}
                </Badge>
              )
            }
          >
            {t('attendances.tabs.active')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            {t('attendances.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="active" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <ActiveWorkspace openId={view === 'active' ? id : null} />
        </Tabs.Panel>
        <Tabs.Panel value="history" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <HistoryWorkspace openId={view === 'history' ? id : null} />
        </Tabs.Panel>
      </Tabs>
    </Box>
  );
}
