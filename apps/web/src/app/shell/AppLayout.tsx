import { AppShell } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../modules/auth/hooks/use-me';
import { useMyPresence } from '../../modules/presence/hooks/use-my-presence';
import { SoftphoneProvider, SoftphoneStatus, voiceScreensAdapter, type Softphone } from '../../modules/softphone';
import { RingingBanner } from '../../modules/voice/components/RingingBanner';
import { registerSoftphone } from '../../modules/voice/softphone';
import { WIDE_WORKSPACE } from '../../ui/breakpoints';
import { NavMenu } from './NavMenu';
import { NotificationsBanner } from './NotificationsBanner';
import { TopBar } from './TopBar';
import { useSessionEffects } from './use-session-effects';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [navOpened, nav] = useDisclosure(false);
  useSessionEffects(me);
  // The attendance screen is a working surface of three columns: it gets the room a page margin takes.
  const workspace = useLocation().pathname.startsWith('/attendances');
  // On wide screens it also fills exactly the window, whatever sits above it (the notifications
  // banner): its columns scroll on their own and the composer stays in view at 1366×768.
  const wide = useMediaQuery(WIDE_WORKSPACE, true);
  const fill = workspace && wide;
  const takesVoice = (useMyPresence().data?.voice.total ?? 0) > 0;
  return (
    <SoftphoneProvider onReady={connectSoftphone}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={workspace ? 'md' : { base: 'md', sm: 'xl' }}
        bg="var(--mantine-color-gray-0)"
      >
        <AppShell.Header>
          <TopBar me={me} navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('shell.mainMenu')}>
          <NavMenu role={me.role} onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main style={fill ? { height: '100dvh', display: 'flex', flexDirection: 'column' } : undefined}>
          <NotificationsBanner userId={me.id} />
          <Outlet />
          <RingingBanner enabled={takesVoice} />
        </AppShell.Main>
      </AppShell>
      <SoftphoneStatus />
    </SoftphoneProvider>
  );
}

// SPEC VOX-06 (b): the voice screens drive the PBX softphone's media through their seam.
const connectSoftphone = (phone: Softphone) => registerSoftphone(voiceScreensAdapter(phone));
