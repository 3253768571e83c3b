import type { Me } from '@atende/shared';
import { locales, type Locale } from '@atende/shared/roles';
import { Box, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconDeviceSpeaker, IconLanguage, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleSwitch } from '../../modules/auth/hooks/use-locale-switch';
import { ProfileAvatar } from '../../modules/profile/components/ProfileAvatar';
import { currentLocale } from '../i18n';
import { LogoutModal } from './LogoutModal';

// Opened now and then: loaded on first use.
const ProfileModal = lazy(() => import('../../modules/profile/components/ProfileModal').then((m) => ({ default: m.ProfileModal })));
const DevicesModal = lazy(() => import('../../modules/devices/components/DevicesModal').then((m) => ({ default: m.DevicesModal })));

/** Top-right user area: name, avatar (photo or initials) and the user menu (SPEC WS-01). */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation(); // re-renders on language change, so currentLocale() stays fresh
  const switchLocale = useLocaleSwitch();
  const [logoutOpened, logout] = useDisclosure(false);
  const [profileOpened, profile] = useDisclosure(false);
  const [devicesOpened, devices] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('shell.userMenu')} style={{ borderRadius: 8, padding: '4px 6px' }}>
            <Box style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
              <Text size="sm" fw={500} visibleFrom="xs">
                {me.name}
              </Text>
              <ProfileAvatar me={me} size={36} decorative />
              <IconChevronDown size={14} aria-hidden />
            </Box>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)">
              {me.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {me.email}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={profile.open}>
            {t('profile.title')}
          </Menu.Item>
          <Menu.Sub position="left-start">
            <Menu.Sub.Target>
              <Menu.Sub.Item leftSection={<IconLanguage size={16} />}>{t('shell.language')}</Menu.Sub.Item>
            </Menu.Sub.Target>
            <Menu.Sub.Dropdown>
              <Menu.RadioGroup value={currentLocale()} onChange={(value) => switchLocale.mutate(value as Locale)}>
                {locales.map((locale) => (
                  <Menu.RadioItem key={locale} value={locale} closeMenuOnClick lang={locale}>
                    {t(`locales.${locale}`)}
                  </Menu.RadioItem>
                ))}
              </Menu.RadioGroup>
            </Menu.Sub.Dropdown>
          </Menu.Sub>
          <Menu.Item leftSection={<IconDeviceSpeaker size={16} />} onClick={devices.open}>
            {t('devices.title')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={logout.open}>
            {t('shell.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <LogoutModal opened={logoutOpened} onClose={logout.close} />
      <Suspense fallback={null}>
        {profileOpened && <ProfileModal me={me} opened onClose={profile.close} />}
        {devicesOpened && <DevicesModal userId={me.id} opened onClose={devices.close} />}
      </Suspense>
    </>
  );
}
