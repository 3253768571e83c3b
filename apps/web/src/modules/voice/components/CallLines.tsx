import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconPhoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { getSoftphone, type SoftphoneLine } from '../softphone';
import { useSoftphoneLines } from '../hooks/use-softphone-lines';

/**
 * "Chamadas" (VOX-06 b): the browser's calls when it carries more than one — a consult or a direct
 * extension call beside the call of this attendance. The one the agent is on is marked; "Alternar"
 * holds the other and resumes this one; each hangs up on its own.
 */
export function CallLines() {
  const { t } = useTranslation();
  const { lines, currentId } = useSoftphoneLines();
  if (lines.length < 2) return null;
  const status = (line: SoftphoneLine) => {
    if (line.state === 'ringing') return t('voice.call.lines.ringing');
    if (line.state === 'calling') return t('voice.call.lines.calling');
    return line.held ? t('voice.call.lines.held') : t('voice.call.lines.talking');
  };
  return (
    <Stack gap={4} component="ul" aria-label={t('voice.call.lines.title')} m={0} p={0} style={{ listStyle: 'none' }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t('voice.call.lines.title')}
      </Text>
      {lines.map((line) => (
        <Group key={line.id} component="li" aria-label={line.peer} aria-current={line.id === currentId ? 'true' : undefined} gap={6} wrap="nowrap">
          <Text size="sm" fw={line.id === currentId ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {line.peer}
          </Text>
          <Badge size="sm" variant="light" color={line.held ? 'orange' : line.state === 'answered' ? 'teal' : 'gray'}>
            {status(line)}
          </Badge>
          {line.state === 'answered' && line.id !== currentId && (
            <Tooltip label={t('voice.call.lines.switchTo', { peer: line.peer })} withArrow>
              <ActionIcon
                size="sm"
                variant="default"
                radius="xl"
                aria-label={t('voice.call.lines.switchTo', { peer: line.peer })}
                onClick={() => void getSoftphone()?.switchLine?.(line.id)}
              >
                <IconArrowsExchange size={14} />
              </ActionIcon>
            </Tooltip>
          )}
          <Tooltip label={t('voice.call.lines.hangup', { peer: line.peer })} withArrow>
            <ActionIcon
              size="sm"
              color="red"
              variant="light"
              radius="xl"
              aria-label={t('voice.call.lines.hangup', { peer: line.peer })}
              onClick={() => void getSoftphone()?.hangupLine?.(line.id)}
            >
              <IconPhoneOff size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}
