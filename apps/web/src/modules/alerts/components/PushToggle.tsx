import { canOfferPush, enableBrowserPush, pushSupported } from '@atende/shared/browser-push';
import { pickLocale } from '@atende/shared/i18n/small-catalogue';
import { Badge, Button, Text } from '@mantine/core';
import { IconBell, IconBellCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PushSubscriptionBody } from '@atende/shared';
import { pushKey, pushSubscribe } from '../api';

type State = 'idle' | 'working' | 'on' | 'blocked' | 'failed';

/**
 * SPEC ALR-04 "web push to staff on new alerts": "Ativar notificações de alertas" subscribes this browser (the
 * console's service worker shows the pushes). Already allowed: it re-subscribes silently, so a
 * browser keeps receiving after the server dropped an expired subscription. The console's language
 * goes with the subscription: the pushes are written in it (PLT-01).
 */
export function PushToggle() {
  const { t, i18n } = useTranslation();
  const server = { publicKey: pushKey, subscribe: (body: PushSubscriptionBody) => pushSubscribe({ ...body, locale: pickLocale(i18n.language) }) };
  const [state, setState] = useState<State>(() => (pushSupported() && Notification.permission === 'denied' ? 'blocked' : 'idle'));

  const enable = (ask: boolean) => {
    setState('working');
    enableBrowserPush(server, ask).then(
      (ok) => setState(ok ? 'on' : Notification.permission === 'denied' ? 'blocked' : 'idle'),
      () => setState('failed'),
    );
  };
  useEffect(() => {
    if (pushSupported() && Notification.permission === 'granted') enable(false);
  }, []);

  if (!pushSupported()) return null;
  if (state === 'on')
    return (
      <Badge color="teal" variant="light" leftSection={<IconBellCheck size={14} />}>
        {t('alerts.push.on')}
      </Badge>
    );
  if (state === 'blocked')
    return (
      <Text size="sm" c="dimmed">
        {t('alerts.push.blocked')}
      </Text>
    );
  return (
    <>
      {state === 'failed' && (
        <Text size="sm" c="red" role="alert">
          {t('alerts.push.failed')}
        </Text>
      )}
      {(canOfferPush() || state === 'failed') && (
        <Button variant="light" leftSection={<IconBell size={16} />} loading={state === 'working'} onClick={() => enable(true)}>
          {t('alerts.push.enable')}
        </Button>
      )}
    </>
  );
}
