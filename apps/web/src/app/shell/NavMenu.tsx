import { roleAtLeast, type Role } from '@atende/shared/roles';
import { NavLink, ScrollArea, Stack } from '@mantine/core';
import {
  IconActivityHeartbeat,
  IconCoffee,
  IconHome,
  IconPlugConnected,
  IconSettings,
  IconStack2,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

type Item = { to: string; label: string; icon: ReactNode };

export function NavMenu({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const link = (item: Item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={item.icon}
      active={item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)}
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
  ];
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack gap={2}>
        {link({ to: '/', label: t('nav.home'), icon: <IconHome size={18} /> })}
        {roleAtLeast(role, 'supervisor') &&
          link({ to: '/agents', label: t('nav.agents'), icon: <IconActivityHeartbeat size={18} /> })}
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
      </Stack>
    </ScrollArea>
  );
}
