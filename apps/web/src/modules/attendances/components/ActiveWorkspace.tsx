import { ActionIcon, Box, Paper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WIDE_WORKSPACE } from '../../../ui/breakpoints';
import { StatusPage } from '../../../ui/StatusPage';
import { AttendanceList } from './AttendanceList';
import { AttendanceWorkspace } from './AttendanceWorkspace';

/**
 * SPEC WS-09 "Atendimento": the list on the left, the open conversation in the middle and its data
 * on the right. Narrow screens show the list or the open attendance, one at a time.
 */
export function ActiveWorkspace({ openId }: { openId: string | null }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_WORKSPACE, true);
  const back = !wide && (
    <ActionIcon component={Link} to="/attendances" variant="subtle" color="gray" aria-label={t('attendances.header.back')}>
      <IconArrowLeft size={18} />
    </ActionIcon>
  );
  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: wide ? '272px minmax(0, 1fr) 340px' : 'minmax(0, 1fr)',
        gridTemplateRows: wide ? 'minmax(0, 1fr)' : openId ? '620px minmax(360px, auto)' : 'auto',
        gap: 12,
        flex: 1,
        minHeight: 0,
      }}
    >
      {(wide || !openId) && <AttendanceList openId={openId} />}
      {openId ? (
        <AttendanceWorkspace key={openId} id={openId} leading={back} />
      ) : (
        wide && (
          <Paper withBorder radius="lg" style={{ gridColumn: 'span 2', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
            <StatusPage
              icon={<IconMessages size={32} />}
              color="indigo"
              title={t('attendances.noSelection.title')}
              text={t('attendances.noSelection.text')}
            />
          </Paper>
        )
      )}
    </Box>
  );
}
