import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSoftphone } from './use-softphone';

/**
 * Whether the agent's extension is registered to the PBX (SPEC VOX-06 b): `data-sip` carries the
 * state; a failed registration is said in words. Calls themselves show in the voice screens.
 */
export function SoftphoneStatus() {
  const { t } = useTranslation();
  const { phone, extension, state } = useSoftphone();
  if (!phone) return null;
  return (
    <div
      data-sip={state.registration}
      role="status"
      aria-label={t('softphone.region')}
      style={{ position: 'fixed', left: 16, bottom: 8, zIndex: 300 }}
    >
      {state.registration === 'failed' && (
        <Text size="xs" c="red">
          {t('softphone.failed', { extension })}
        </Text>
      )}
    </div>
  );
}
