import { roleAtLeast, type Role } from '@atende/shared/roles';
import { Badge, NavLink, ScrollArea, Stack } from '@mantine/core';
import {
  IconActivityHeartbeat,
  IconAlertTriangle,
  IconBook,
  IconClipboardList,
  IconForms,
  IconUserCog,
  IconCloudDownload,
  IconMail,
  IconScript,
  IconAdjustments,
  IconCalendar,
  IconChartGridDots,
  IconClockPause,
  IconDeviceTv,
  IconKey,
  IconCloud,
  IconWebhook,
  IconHierarchy,
  IconLock,
  IconMapPin,
  IconTags,
  IconTarget,
  IconCoffee,
  IconHome,
  IconMessages,
  IconMessageCircle,
  IconPhone,
  IconPhoneIncoming,
  IconHistory,
  IconMicrophone,
  IconPlugConnected,
  IconSettings,
  IconStack2,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useUnreadChats } from '../../modules/conversations/hooks';
import { useAlertAccess } from '../../modules/alerts/hooks';
import { useAttendanceList } from '../../modules/attendances/hooks/use-attendances';
import { useMyPresence } from '../../modules/presence/hooks/use-my-presence';
import { useRingingCalls } from '../../modules/voice/hooks/use-calls';

type Item = { to: string; label: string; icon: ReactNode; badge?: ReactNode };

export function NavMenu({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // SPEC WS-10: the agent's open attendances at a glance from any page, red while any has news.
  const active = useAttendanceList('active');
  const count = active.data?.length ?? 0;
  const news = active.data?.some((a) => a.unread > 0 || a.status === 'assigned');
  // SPEC VOX-01…VOX-04: the phone's menus for whoever takes voice; supervisors also reach "Gravações".
  const takesVoice = (useMyPresence().data?.voice.total ?? 0) > 0;
  const ringing = useRingingCalls(takesVoice).data?.length ?? 0;
  // SPEC ALR-04: unread chat messages (alert cards included), live.
  const unreadChats = useUnreadChats().data?.total ?? 0;
  const voiceItems: Item[] = [
    ...(takesVoice
      ? [
          {
            to: '/voice/ringing',
            label: t('voice.nav.ringing'),
            icon: <IconPhoneIncoming size={18} />,
            badge: ringing > 0 && (
              <Badge size="sm" circle={ringing < 10} color="teal" variant="filled" aria-hidden>
                {ringing}
              </Badge>
            ),
          },
          { to: '/voice/history', label: t('voice.nav.history'), icon: <IconHistory size={18} /> },
        ]
      : []),
    ...(takesVoice || roleAtLeast(role, 'supervisor')
      ? [{ to: '/voice/recordings', label: t('voice.nav.recordings'), icon: <IconMicrophone size={18} /> }]
      : []),
  ];
  // SPEC ALR-05…ALR-07: "Canal de Alertas" — Início and Gravações for supervisors, admins and the
  // receiving team's agents; Usuários for supervisors; Configuração for admins.
  const monitor = useAlertAccess().data?.monitor ?? false;
  const alertItems: Item[] = [
    ...(monitor ? [{ to: '/alerts', label: t('alerts.nav.home'), icon: <IconHome size={18} /> }] : []),
    ...(monitor ? [{ to: '/alerts/recordings', label: t('alerts.nav.recordings'), icon: <IconMicrophone size={18} /> }] : []),
    ...(roleAtLeast(role, 'supervisor') ? [{ to: '/alerts/users', label: t('alerts.nav.users'), icon: <IconUsers size={18} /> }] : []),
    ...(role === 'admin' ? [{ to: '/alerts/settings', label: t('alerts.nav.settings'), icon: <IconSettings size={18} /> }] : []),
  ];
  const link = (item: Item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={item.icon}
      rightSection={item.badge}
      active={item.to === '/' || item.to === '/alerts' ? pathname === item.to : pathname.startsWith(item.to)}
      aria-current={pathname === item.to ? 'page' : undefined}
      onClick={onNavigate}
      style={{ borderRadius: 8 }}
    />
  );
  const adminItems: Item[] = [
    { to: '/admin/users', label: t('nav.users'), icon: <IconUsers size={18} /> },
    { to: '/admin/teams', label: t('nav.teams'), icon: <IconUsersGroup size={18} /> },
    { to: '/admin/queues', label: t('nav.queues'), icon: <IconStack2 size={18} /> },
    { to: '/admin/channels', label: t('nav.channels'), icon: <IconPlugConnected size={18} /> },
    { to: '/admin/pause-reasons', label: t('nav.pauseReasons'), icon: <IconCoffee size={18} /> },
    { to: '/admin/api-tokens', label: t('nav.apiTokens'), icon: <IconKey size={18} /> },
    { to: '/admin/webhooks', label: t('nav.webhooks'), icon: <IconWebhook size={18} /> },
    { to: '/admin/salesforce', label: t('salesforce.nav'), icon: <IconCloud size={18} /> },
    { to: '/admin/knowledge', label: t('knowledge.nav.base'), icon: <IconBook size={18} /> },
    { to: '/admin/scripts', label: t('knowledge.nav.scripts'), icon: <IconScript size={18} /> },
    { to: '/admin/forms', label: t('knowledge.nav.forms'), icon: <IconForms size={18} /> },
    { to: '/admin/person-fields', label: t('people.nav.fields'), icon: <IconUserCog size={18} /> },
    { to: '/admin/person-service', label: t('people.service.nav'), icon: <IconCloudDownload size={18} /> },
    { to: '/admin/mail', label: t('mail.nav'), icon: <IconMail size={18} /> },
  ];
  const serviceItems: Item[] = [
    { to: '/admin/processes', label: t('nav.processes'), icon: <IconHierarchy size={18} /> },
    { to: '/admin/classifications', label: t('nav.classifications'), icon: <IconTags size={18} /> },
    { to: '/admin/contact-origins', label: t('nav.contactOrigins'), icon: <IconMapPin size={18} /> },
    { to: '/admin/sla-reasons', label: t('nav.slaReasons'), icon: <IconClockPause size={18} /> },
    { to: '/admin/calendars', label: t('nav.calendars'), icon: <IconCalendar size={18} /> },
    { to: '/admin/sla-policies', label: t('nav.slaPolicies'), icon: <IconTarget size={18} /> },
    { to: '/admin/tool-permissions', label: t('nav.toolPermissions'), icon: <IconLock size={18} /> },
  ];
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack gap={2}>
        {link({ to: '/', label: t('nav.home'), icon: <IconHome size={18} /> })}
        {link({
          to: '/attendances',
          label: t('nav.attendance'),
          icon: <IconMessages size={18} />,
          badge: count > 0 && (
            <Badge size="sm" circle={count < 10} color={news ? 'red' : 'gray'} variant={news ? 'filled' : 'light'} aria-hidden>
              {count}
            </Badge>
          ),
        })}
        {voiceItems.length > 0 && (
          <NavLink
            component="button"
            label={t('voice.nav.group')}
            leftSection={<IconPhone size={18} />}
            defaultOpened
            childrenOffset={18}
            style={{ borderRadius: 8 }}
          >
            {voiceItems.map(link)}
          </NavLink>
        )}
        {link({
          to: '/conversations',
          label: t('conversations.nav'),
          icon: <IconMessageCircle size={18} />,
          badge: unreadChats > 0 && (
            <Badge
              size="sm"
              circle={unreadChats < 10}
              color="red"
              variant="filled"
              aria-label={t('conversations.unreadBadge', { count: unreadChats })}
            >
              {unreadChats}
            </Badge>
          ),
        })}
        {link({ to: '/requests', label: t('knowledge.nav.requests'), icon: <IconClipboardList size={18} /> })}
        {alertItems.length > 0 && (
          <NavLink
            component="button"
            label={t('alerts.nav.group')}
            leftSection={<IconAlertTriangle size={18} />}
            defaultOpened
            childrenOffset={18}
            style={{ borderRadius: 8 }}
          >
            {alertItems.map(link)}
          </NavLink>
        )}
        {roleAtLeast(role, 'supervisor') && link({ to: '/agents', label: t('nav.agents'), icon: <IconActivityHeartbeat size={18} /> })}
        {roleAtLeast(role, 'supervisor') && link({ to: '/panel', label: t('nav.panel'), icon: <IconChartGridDots size={18} /> })}
        {roleAtLeast(role, 'supervisor') && link({ to: '/wallboard', label: t('nav.wallboard'), icon: <IconDeviceTv size={18} /> })}
        {role === 'admin' && (
          <NavLink
            component="button"
            label={t('nav.admin')}
            leftSection={<IconSettings size={18} />}
            defaultOpened
            childrenOffset={18}
            style={{ borderRadius: 8 }}
          >
            {adminItems.map(link)}
          </NavLink>
        )}
        {role === 'admin' && (
          <NavLink
            component="button"
            label={t('nav.service')}
            leftSection={<IconAdjustments size={18} />}
            childrenOffset={18}
            defaultOpened={pathname.startsWith('/admin/') && serviceItems.some((i) => pathname.startsWith(i.to))}
            style={{ borderRadius: 8 }}
          >
            {serviceItems.map(link)}
          </NavLink>
        )}
      </Stack>
    </ScrollArea>
  );
}
