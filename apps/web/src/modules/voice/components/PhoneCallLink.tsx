import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyPresence } from '../../presence/hooks/use-my-presence';
import { useDial } from '../hooks/use-dial';

type Props = { phone: { e164: string; formatted: string }; personId?: string; size?: 'xs' | 'sm' };

/**
 * SPEC VOX-05: a person's phone is click-to-call for agents who take voice; for everyone else it
 * is plain text.
 */
export function PhoneCallLink({ phone, personId, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const presence = useMyPresence();
  const dial = useDial();
  if ((presence.data?.voice.total ?? 0) === 0) return <>{phone.formatted}</>;
  return (
    <Anchor
      component="button"
      type="button"
      size={size}
      inherit={size === 'xs'}
      onClick={() => dial.mutate({ to: phone.e164, personId })}
      disabled={dial.isPending}
      aria-label={t('voice.dial.callTo', { number: phone.formatted })}
    >
      {phone.formatted}
    </Anchor>
  );
}
