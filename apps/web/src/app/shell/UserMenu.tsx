import type { Me } from '@atende/shared';
import { locales, type Locale } from '@atende/shared/roles';
import { Avatar, Box, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLanguage, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocaleSwitch } from '../../modules/auth/hooks/use-locale-switch';
import { currentLocale } from '../i18n';
import { LogoutModal } from './LogoutModal';

/** Top-right user area: name, avatar (photo or initials) and the user menu (SPEC WS-01). */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation(); // re-renders on language change, so currentLocale() stays fresh
  const switchLocale = useLocaleSwitch();
  const [logoutOpened, logout] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('shell.userMenu')} style={{ borderRadius: 8, padding: '4px 6px' }}>
            <Box style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
              <Text size="sm" fw={500} visibleFrom="xs">
                {me.name}
              </Text>
              <Avatar src={me.avatarUrl} name={me.name} color="initials" radius="xl" size={36} alt="" aria-hidden />
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
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={logout.open}>
            {t('shell.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <LogoutModal opened={logoutOpened} onClose={logout.close} />
    </>
  );
}
