import { ActionIcon, Box, ScrollArea, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { WIDE_WORKSPACE } from '../../../ui/breakpoints';
import { AttendanceWorkspace } from './AttendanceWorkspace';
import { HistoryTable } from './HistoryTable';

/**
 * SPEC WS-09, ATT-09: "Histórico" without leaving the screen; an attendance opens read-only. Opened
 * from a person's history (PER-04), the way back is the attendance the agent came from.
 */
export function HistoryWorkspace({ openId }: { openId: string | null }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_WORKSPACE, true);
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const backTo = typeof from === 'string' && from.startsWith('/attendances') ? from : null;
  if (!openId) {
    return (
      <ScrollArea style={{ flex: 1 }} type="auto">
        <HistoryTable />
      </ScrollArea>
    );
  }
  const backLabel = t(backTo ? 'attendances.readOnly.back' : 'attendances.history.back');
  const back = (
    <Tooltip label={backLabel} withArrow>
      <ActionIcon component={Link} to={backTo ?? '/attendances/history'} variant="subtle" color="gray" aria-label={backLabel}>
        <IconArrowLeft size={18} />
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: wide ? 'minmax(0, 1fr) 380px' : 'minmax(0, 1fr)',
        gridTemplateRows: wide ? 'minmax(0, 1fr)' : '620px minmax(360px, auto)',
        gap: 12,
        flex: 1,
        minHeight: 0,
      }}
    >
      <AttendanceWorkspace key={openId} id={openId} readOnly leading={back} />
    </Box>
  );
}
