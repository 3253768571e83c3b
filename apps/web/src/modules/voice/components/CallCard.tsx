import type { CallView } from '@atende/shared';
import { ActionIcon, Badge, Box, Button, Group, Paper, Popover, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconArrowsExchange,
  IconDialpad,
  IconMicrophone,
  IconMicrophoneOff,
  IconPhone,
  IconPhoneOff,
  IconPlayerPause,
  IconPlayerPlay,
} from '@tabler/icons-react';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedSince, formatDuration } from '../../../app/server-clock';
import { useNow } from '../../../ui/use-now';
import { useNotify } from '../../../ui/use-notify';
import { builtinQuality } from '../builtin-phone';
import type { CallQuality } from '../call-quality';
import { useAttendanceCall, useCallCommand, useCallLeft } from '../hooks/use-calls';
import { CallLines } from './CallLines';

const QUALITY_COLOR = { good: 'teal', fair: 'yellow', poor: 'red' } as const;

/** VOX-02: a built-in call's audio quality in this browser (loss and jitter of what it receives). */
function QualityBadge({ quality }: { quality: CallQuality }) {
  const { t } = useTranslation();
  const detail = t('voice.call.qualityDetail', { loss: quality.lossPercent, jitter: quality.jitterMs });
  return (
    <Tooltip label={detail} withArrow>
      <Badge size="sm" variant="dot" color={QUALITY_COLOR[quality.level]} aria-label={`${t(`voice.call.quality.${quality.level}`)} (${detail})`}>
        {t(`voice.call.quality.${quality.level}`)}
      </Badge>
    </Tooltip>
  );
}

const DTMF_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** How long the call has lasted: live from the answer, fixed once it ended (VOX-02). */
function CallTimer({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const now = useNow();
  const ms = call.state === 'answered' && call.answeredAt ? elapsedSince(call.answeredAt, now) : call.durationSeconds * 1000;
  return (
    <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }} aria-label={t('voice.call.timer')} data-testid="call-timer">
      {formatDuration(ms)}
    </Text>
  );
}

function Keypad({ onKey, disabled }: { onKey: (key: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  return (
    <Stack gap="xs" w={180}>
      <Text ta="center" fw={600} style={{ fontVariantNumeric: 'tabular-nums', minHeight: 24 }} aria-live="polite">
        {typed}
      </Text>
      <SimpleGrid cols={3} spacing={6} verticalSpacing={6}>
        {DTMF_KEYS.map((key) => (
          <Button
            key={key}
            variant="default"
            disabled={disabled}
            aria-label={t('voice.call.dtmfKey', { key })}
            onClick={() => {
              setTyped((s) => (s + key).slice(-16));
              onKey(key);
            }}
          >
            {key}
          </Button>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

type Props = {
  attendanceId: string;
  /** The agent holds the attendance: the call's actions are theirs. */
  canAct: boolean;
  onTransfer: (call: CallView) => void;
};

/**
 * SPEC VOX-02, VOX-07, ATT-01: on a call's attendance, the caller's number, the person found by it
 * and what the IVR collected, the protocol, a timer, and the call's actions.
 */
export function CallCard({ attendanceId, canAct, onTransfer }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const call = useAttendanceCall(attendanceId, true).data;
  const command = useCallCommand(call);
  // VOX-02: transferred away, the call goes on elsewhere; here it is over ("Transferida").
  const left = useCallLeft(call?.id);
  const quality = useSyncExternalStore(builtinQuality.subscribe, () => builtinQuality.of(call?.id));
  if (!call) return null;
  const live = call.state === 'answered' && !left;
  const acts = canAct && live;
  const act = (c: Parameters<typeof command.mutate>[0]) => command.mutate(c, { onError: notify.error });
  const ivr = Object.entries(call.ivr);
  const person = call.callerName && call.callerName !== call.from ? call.callerName : null;
  const tool = (label: string, icon: ReactNode, onClick: () => void, active = false) => (
    <Tooltip label={label} withArrow>
      <ActionIcon
        size={40}
        radius="xl"
        variant={active ? 'filled' : 'default'}
        color={active ? 'orange' : undefined}
        aria-label={label}
        aria-pressed={active}
        disabled={!acts}
        onClick={onClick}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Paper
      component="section"
      aria-label={t('voice.call.title')}
      radius={0}
      px="md"
      py="sm"
      bg={live ? 'teal.0' : 'gray.0'}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group justify="space-between" wrap="wrap" gap="sm" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <IconPhone size={16} aria-hidden />
            <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} aria-label={t('voice.call.number')}>
              {call.direction === 'in' ? call.from : call.to}
            </Text>
            {call.held && (
              <Badge size="sm" color="orange">
                {t('voice.call.held')}
              </Badge>
            )}
            {live && quality && <QualityBadge quality={quality} />}
            {call.muted && (
              <Badge size="sm" color="gray">
                {t('voice.call.muted')}
              </Badge>
            )}
            {!live && (
              <Badge size="sm" color="gray" variant="light">
                {left ? t('voice.call.transferred') : call.state === 'ringing' ? t('voice.call.ringing') : t('voice.call.ended')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{person ?? t('voice.call.noPerson')}</Text>
          {call.protocol && (
            <Text size="sm" fw={600} c="indigo.8" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('attendances.header.protocol', { protocol: call.protocol })}
            </Text>
          )}
          {ivr.length > 0 && (
            <Box component="dl" m={0} aria-label={t('voice.call.ivr')}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('voice.call.ivr')}
              </Text>
              {ivr.map(([key, value]) => (
                <Text key={key} size="xs">
                  <Text span fw={600} size="xs">
                    {key}:
                  </Text>{' '}
                  {value}
                </Text>
              ))}
            </Box>
          )}
          {canAct && <CallLines />}
        </Stack>
        <Stack gap={6} align="flex-end">
          <CallTimer call={call} />
          {canAct && live && (
            <Group gap={6} wrap="nowrap">
              {tool(
                call.muted ? t('voice.call.unmute') : t('voice.call.mute'),
                call.muted ? <IconMicrophoneOff size={18} /> : <IconMicrophone size={18} />,
                () => act({ type: 'mute', muted: !call.muted }),
                call.muted,
              )}
              {tool(
                call.held ? t('voice.call.unhold') : t('voice.call.hold'),
                call.held ? <IconPlayerPlay size={18} /> : <IconPlayerPause size={18} />,
                () => act({ type: call.held ? 'unhold' : 'hold' }),
                call.held,
              )}
              {tool(t('voice.call.transfer'), <IconArrowsExchange size={18} />, () => onTransfer(call))}
              <Popover position="bottom" withArrow shadow="md" trapFocus>
                <Popover.Target>
                  <Tooltip label={t('voice.call.keypad')} withArrow>
                    <ActionIcon size={40} radius="xl" variant="default" aria-label={t('voice.call.keypad')} disabled={!acts}>
                      <IconDialpad size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Popover.Target>
                <Popover.Dropdown>
                  <Keypad disabled={!acts} onKey={(digits) => act({ type: 'dtmf', digits })} />
                </Popover.Dropdown>
              </Popover>
              <Button
                color="red"
                radius="xl"
                leftSection={<IconPhoneOff size={18} />}
                loading={command.isPending && command.variables?.type === 'hangup'}
                onClick={() => act({ type: 'hangup' })}
              >
                {t('voice.call.hangup')}
              </Button>
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
