import { ActionIcon, Popover, Tabs, Tooltip } from '@mantine/core';
import { IconAddressBook, IconDialpad, IconPhone } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyPresence } from '../../presence/hooks/use-my-presence';
import { useDial } from '../../voice/hooks/use-dial';
import { DialerContacts } from './DialerContacts';
import { DialerKeypad } from './DialerKeypad';

/**
 * SPEC WS-08: the phone icon opens the dialer; it stays disabled while the agent is logged into
 * no voice queue (a paused agent may still place calls).
 */
export function DialerButton() {
  const { t } = useTranslation();
  const presence = useMyPresence();
  const enabled = presence.data?.voice.online ?? false;
  const hasVoice = (presence.data?.voice.total ?? 0) > 0;
  const [opened, setOpened] = useState(false);
  const [tab, setTab] = useState<string | null>('keypad');
  const [number, setNumber] = useState('');
  const dial = useDial();
  const call = (to: string, personId?: string) =>
    dial.mutate(
      { to, personId },
      {
        // Without a phone to carry it the call was not placed: the number stays to try again.
        onSuccess: ({ placed }) => {
          if (!placed) return;
          setOpened(false);
          setNumber('');
        },
      },
    );

  useEffect(() => {
    if (!enabled) setOpened(false);
  }, [enabled]);

  // Users linked to no voice queue can never dial: no button at all.
  if (!hasVoice) return null;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom" width={300} shadow="lg" radius="md" withArrow trapFocus>
      <Tooltip label={enabled ? t('dialer.title') : t('dialer.disabled')} withArrow disabled={opened}>
        <Popover.Target>
          <ActionIcon
            size={36}
            radius="xl"
            variant={enabled ? 'light' : 'subtle'}
            color={enabled ? 'teal' : 'gray'}
            aria-label={t('dialer.title')}
            aria-disabled={!enabled || undefined}
            data-disabled={!enabled || undefined}
            onClick={() => enabled && setOpened((o) => !o)}
          >
            <IconPhone size={19} />
          </ActionIcon>
        </Popover.Target>
      </Tooltip>
      <Popover.Dropdown p="sm">
        <Tabs value={tab} onChange={setTab} variant="pills" radius="md">
          <Tabs.List grow mb="sm">
            <Tabs.Tab value="keypad" leftSection={<IconDialpad size={16} />}>
              {t('dialer.keypad')}
            </Tabs.Tab>
            <Tabs.Tab value="contacts" leftSection={<IconAddressBook size={16} />}>
              {t('dialer.contacts')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="keypad">
            <DialerKeypad number={number} onChange={setNumber} onCall={(to) => call(to)} calling={dial.isPending} />
          </Tabs.Panel>
          <Tabs.Panel value="contacts">{tab === 'contacts' && <DialerContacts onCall={(target) => call(target.to, target.personId)} />}</Tabs.Panel>
        </Tabs>
      </Popover.Dropdown>
    </Popover>
  );
}
