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
      if (result.dial === 'softphone') {
        const phone = getSoftphone();
        if (!phone) throw new Error(t('voice.dial.noSoftphone'));
        await phone.dial(result.to);
      }
      return result;
    },
    onSuccess: (result) => notify.success(t('voice.dial.calling', { number: result.to })),
    onError: notify.error,
  });
}
