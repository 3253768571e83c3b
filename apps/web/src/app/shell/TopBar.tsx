import type { Me } from '@atende/shared';
import { Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DialerButton } from '../../modules/dialer/components/DialerButton';
import { ChannelButtons } from '../../modules/presence/components/ChannelButtons';
import { BrandMark } from '../../ui/BrandMark';
import { NotificationsControl } from './NotificationsControl';
import { RealtimeBadge, useRealtimeStatus } from './RealtimeBadge';
import { UserMenu } from './UserMenu';

type Props = { me: Me; navOpened: boolean; onToggleNav: () => void };

export function TopBar({ me, navOpened, onToggleNav }: Props) {
  const { t } = useTranslation();
  const realtime = useRealtimeStatus();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" data-realtime={realtime}>
      <Group gap="sm" wrap="nowrap" style={{ flex: 1 }}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleMenu')} />
        <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label={t('app.name')}>
          <BrandMark />
        </Link>
      </Group>
      {/* SPEC WS-03, WS-08: dialer and channel buttons at top centre. */}
      <Group gap="xs" justify="center" wrap="nowrap" role="group" aria-label={t('shell.channels')} data-slot="channels">
        <DialerButton />
        <ChannelButtons />
      </Group>
      <Group gap="sm" justify="flex-end" wrap="nowrap" style={{ flex: 1 }}>
        <RealtimeBadge status={realtime} />
        <NotificationsControl userId={me.id} />
        <UserMenu me={me} />
      </Group>
    </Group>
  );
}
