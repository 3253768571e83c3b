import { ActionIcon, Box, ScrollArea, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AttendanceWorkspace } from './AttendanceWorkspace';
import { HistoryTable } from './HistoryTable';

/** SPEC WS-09, ATT-09: "Histórico" without leaving the screen; an attendance opens read-only. */
export function HistoryWorkspace({ openId }: { openId: string | null }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 75em)', true);
  if (!openId) {
    return (
      <ScrollArea style={{ flex: 1 }} type="auto">
        <HistoryTable />
      </ScrollArea>
    );
  }
  const back = (
    <Tooltip label={t('attendances.history.back')} withArrow>
      <ActionIcon component={Link} to="/attendances/history" variant="subtle" color="gray" aria-label={t('attendances.history.back')}>
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
