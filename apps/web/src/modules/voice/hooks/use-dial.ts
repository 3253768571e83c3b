import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../ui/use-notify';
import { dial } from '../api';
import { getSoftphone } from '../softphone';

/**
 * SPEC VOX-05, WS-08: "Ligar" and click-to-call. The server asks the organization's PBX to
 * originate the call, or answers that this browser's softphone dials.
 */
export function useDial() {
  const { t } = useTranslation();
  const notify = useNotify();
  return useMutation({
    mutationFn: async ({ to, personId }: { to: string; personId?: string }) => {
      const result = await dial(to, personId);
      if (result.dial === 'pbx') return { to: result.to, placed: true };
      const phone = getSoftphone();
      if (phone) await phone.dial(result.to);
      return { to: result.to, placed: !!phone };
    },
    onSuccess: ({ to, placed }) =>
      placed
        ? notify.success(t('voice.dial.calling', { number: to }))
        : notifications.show({ color: 'orange', message: t('voice.dial.noSoftphone'), autoClose: 6000 }),
    onError: notify.error,
  });
}
