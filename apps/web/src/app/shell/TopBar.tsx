import type { Me } from '@atende/shared';
import { Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandMark } from '../../ui/BrandMark';
import { UserMenu } from './UserMenu';

type Props = { me: Me; navOpened: boolean; onToggleNav: () => void };

export function TopBar({ me, navOpened, onToggleNav }: Props) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" style={{ flex: 1 }}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleMenu')} />
        <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label={t('app.name')}>
          <BrandMark />
        </Link>
      </Group>
      {/* SPEC WS-03: voice and chat channel buttons will live here. */}
      <Group gap="xs" justify="center" role="group" aria-label={t('shell.channels')} data-slot="channels" />
      <Group gap="sm" justify="flex-end" wrap="nowrap" style={{ flex: 1 }}>
        <UserMenu me={me} />
      </Group>
    </Group>
  );
}
