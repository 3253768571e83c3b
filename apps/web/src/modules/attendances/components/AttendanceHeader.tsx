import type { AttendanceSummary } from '@atende/shared';
import { ActionIcon, Avatar, Badge, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconArrowsExchange, IconCircleCheck, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelGlyph, useChannelName } from './ChannelIcon';

const statusColors = { waiting: 'gray', assigned: 'orange', in_progress: 'teal', finished: 'gray' } as const;

type Props = {
  attendance: AttendanceSummary;
  name: string;
  /** "Transferir" and "Finalizar", for the agent holding it. */
  canAct: boolean;
  /** Opened for reading only (history, a person's other attendances: ATT-09, PER-04). */
  readOnly?: boolean;
  onTransfer: () => void;
  onFinalize: () => void;
  /** Left of the name (the way back on narrow screens or in the history). */
  leading?: ReactNode;
};

/** SPEC ATT-01, ATT-03: who, the protocol (or when it comes), channel and state; the case's actions. */
export function AttendanceHeader({ attendance: a, name, canAct, readOnly = false, onTransfer, onFinalize, leading }: Props) {
  const { t } = useTranslation();
  const channelName = useChannelName();
  // A narrow conversation column keeps the actions on the name's line as icons (named and with tooltips).
  const { ref, width } = useElementSize();
  const compact = width > 0 && width < 500;
  const avatar = width === 0 || width >= 640;
  const action = (label: string, icon: ReactNode, onClick: () => void, filled: boolean) =>
    compact ? (
      <Tooltip label={label} withArrow>
        <ActionIcon size={36} variant={filled ? 'filled' : 'default'} color={filled ? 'teal' : undefined} aria-label={label} onClick={onClick}>
          {icon}
        </ActionIcon>
      </Tooltip>
    ) : (
      <Button variant={filled ? 'filled' : 'default'} color={filled ? 'teal' : undefined} leftSection={icon} onClick={onClick}>
        {label}
      </Button>
    );
  return (
    <Stack ref={ref} component="header" gap={6} px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          {leading}
          {avatar && <Avatar name={name} color="initials" radius="xl" size={42} aria-hidden />}
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz={18} lh={1.2} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {name}
            </Title>
            {a.protocol ? (
              <Text size="sm" fw={600} c="indigo.8" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {t('attendances.header.protocol', { protocol: a.protocol })}
              </Text>
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                {t('attendances.header.protocolPending')}
              </Text>
            )}
          </Stack>
        </Group>
        {canAct && (
          <Group gap="xs" wrap="nowrap">
            {action(t('attendances.header.transfer'), <IconArrowsExchange size={18} />, onTransfer, false)}
            {action(t('attendances.header.finalize'), <IconCircleCheck size={18} />, onFinalize, true)}
          </Group>
        )}
      </Group>
      <Group gap={6} wrap="wrap">
        <Badge size="sm" variant="light" color="gray" radius="sm" leftSection={<ChannelGlyph type={a.channelType} />}>
          {channelName(a.channelType)}
        </Badge>
        <Badge size="sm" variant="dot" color={statusColors[a.status]}>
          {t(`attendances.status.${a.status}`)}
        </Badge>
        {readOnly && (
          <Badge size="sm" variant="outline" color="gray" radius="sm" leftSection={<IconLock size={12} />}>
            {t('attendances.readOnly.badge')}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {t('attendances.header.code', { code: a.code })}
        </Text>
      </Group>
    </Stack>
  );
}
