import { isAtendeDeliveryCode, type Message } from '@atende/shared';
import { Anchor, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconChecks, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { deliveryTick } from '../delivery-state';
import { useResend } from '../hooks/use-channel-messages';

const glyphs = { pending: IconClock, sent: IconCheck, delivered: IconChecks, read: IconChecks } as const;

/**
 * SPEC CH-02, CH-03: the ticks under an agent's message — clock, ✓ sent, ✓✓ delivered, ✓✓ blue
 * once read — each with its name for screen readers. A failure says why and offers "Reenviar".
 */
export function DeliveryStatus({ message, canResend }: { message: Message; canResend: boolean }) {
  const { t } = useTranslation();
  const resend = useResend(message.attendanceId);
  const tick = deliveryTick(message);
  if (!tick) return null;
  if (tick.state === 'failed') {
    const reason = isAtendeDeliveryCode(tick.code)
      ? t('chat.delivery.failedReason', { reason: t(`chat.delivery.reasons.${tick.code}`), detail: tick.title })
      : tick.code || tick.title
        ? t('chat.delivery.failed', { title: tick.title, code: tick.code })
        : t('chat.delivery.failedUnknown');
    return (
      <Group gap={6} px={4} wrap="wrap" justify="flex-end" role="alert">
        <IconAlertCircle size={14} color="var(--mantine-color-red-6)" aria-hidden />
        <Text size="xs" c="red.7">
          {reason}
        </Text>
        {canResend && (
          <Anchor component="button" type="button" size="xs" onClick={() => resend.mutate(message.id)} disabled={resend.isPending}>
            {t('chat.delivery.resend')}
          </Anchor>
        )}
        {resend.isError && (
          <Text size="xs" c="red.7">
            {errorText(t, resend.error)}
          </Text>
        )}
      </Group>
    );
  }
  const Glyph = glyphs[tick.state];
  const label = t(`chat.delivery.${tick.label}`);
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <Group gap={0} px={4} data-delivery={tick.state} role="img" aria-label={label} style={{ display: 'inline-flex' }}>
        <Glyph size={14} aria-hidden color={tick.state === 'read' ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-6)'} />
      </Group>
    </Tooltip>
  );
}
