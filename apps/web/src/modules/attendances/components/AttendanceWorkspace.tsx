import { Alert, Box, Button, Paper, Skeleton, Stack } from '@mantine/core';
import { IconInfoCircle, IconMessageCircleOff } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../app/api';
import { errorText } from '../../../ui/error-text';
import { StatusPage } from '../../../ui/StatusPage';
import { useNotify } from '../../../ui/use-notify';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { FormsButtons } from '../../knowledge/components/FormsButtons';
import { ScriptButton } from '../../knowledge/components/ScriptButton';
import { setOpenAttendance } from '../attendance-sync';
import { useAttendanceDetail } from '../hooks/use-attendances';
import { useMarkRead } from '../hooks/use-mark-read';
import { useSendMessage } from '../hooks/use-send-message';
import { displayName } from '../display-name';
import { emptyConversation } from '../empty-conversation';
import { lastSeq } from '../message-log';
import { useOutbox } from '../outbox';
import { useContactTyping } from '../typing';
import { SalesforceStatus } from '../../integrations/components/SalesforceStatus';
import { CallCard } from '../../voice/components/CallCard';
import type { CallView } from '@atende/shared';
import { AttendanceHeader } from './AttendanceHeader';
import { Composer } from './Composer';
import { Conversation } from './Conversation';
import { FinalizeModal } from './FinalizeModal';
import { SidePanel } from './SidePanel';
import { TransferModal } from './TransferModal';

type Props = {
  id: string;
  /** The history's transcript: no composer, no actions. */
  readOnly?: boolean;
  /** Left of the header (the way back on narrow screens and in the history). */
  leading?: ReactNode;
};

const panel = { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', overflow: 'hidden' } as const;

/** One open attendance: header, conversation and composer in the middle, its data on the right. */
export function AttendanceWorkspace({ id, readOnly = false, leading }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const detail = useAttendanceDetail(id);
  const outbox = useOutbox();
  const pending = useMemo(() => outbox.filter((p) => p.attendanceId === id), [outbox, id]);
  const typing = useContactTyping(id);
  const { retry, discard } = useSendMessage(id);
  const [dialog, setDialog] = useState<'transfer' | 'finalize' | null>(null);
  // SPEC VOX-02: "Transferir" on the call card moves the call itself (and with it the attendance).
  const [transferCall, setTransferCall] = useState<CallView | null>(null);
  const a = detail.data?.attendance;
  const mine = a?.assigneeId === me.id;
  const canAct = !readOnly && mine && (a?.status === 'assigned' || a?.status === 'in_progress');
  const messages = detail.data?.messages ?? [];

  useEffect(() => {
    if (readOnly) return;
    setOpenAttendance(id);
    return () => setOpenAttendance(null);
  }, [id, readOnly]);
  useMarkRead(id, lastSeq(messages), canAct);

  if (detail.isPending) {
    return (
      <>
        <Paper withBorder radius="lg" p="md" style={panel}>
          <Stack>
            <Skeleton h={44} w="50%" />
            <Skeleton h={60} w="70%" />
            <Skeleton h={60} w="60%" ml="auto" />
          </Stack>
        </Paper>
        <Paper withBorder radius="lg" p="md" style={panel}>
          <Skeleton h={200} />
        </Paper>
      </>
    );
  }
  if (!detail.data || !a) {
    return (
      <Paper withBorder radius="lg" style={{ ...panel, gridColumn: 'span 2' }}>
        <StatusPage
          icon={<IconMessageCircleOff size={32} />}
          title={isApiError(detail.error, 404) ? t('errors.ATT_NOT_FOUND') : t('app.loadError')}
          text={isApiError(detail.error, 404) ? t('attendances.noSelection.text') : errorText(t, detail.error)}
          action={
            <Button component={Link} to={readOnly ? '/attendances/history' : '/attendances'} variant="light">
              {t(readOnly ? 'attendances.history.back' : 'attendances.header.back')}
            </Button>
          }
        />
      </Paper>
    );
  }

  const name = displayName(a, t('attendances.anonymous'));
  const leave = (message: string) => {
    setDialog(null);
    notify.success(message);
    navigate('/attendances');
  };
  const footer = canAct ? (
    <Composer
      key={id}
      attendance={a}
      tools={
        <>
          <ScriptButton attendanceId={id} />
          <FormsButtons attendanceId={id} />
        </>
      }
    />
  ) : (
    <Box p="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} py={8}>
        {readOnly
          ? t('attendances.conversation.readOnly')
          : a.status === 'finished'
            ? t('attendances.conversation.finished')
            : t('attendances.conversation.notYours')}
      </Alert>
    </Box>
  );

  return (
    <>
      <Paper withBorder radius="lg" style={panel} aria-label={name} component="section">
        <AttendanceHeader
          attendance={a}
          name={name}
          canAct={canAct}
          readOnly={readOnly}
          leading={leading}
          onTransfer={() => {
            setTransferCall(null);
            setDialog('transfer');
          }}
          onFinalize={() => setDialog('finalize')}
        />
        <SalesforceStatus attendanceId={a.id} />
        {a.channelType === 'voice' && (
          <CallCard
            attendanceId={a.id}
            canAct={canAct}
            onTransfer={(call) => {
              setTransferCall(call);
              setDialog('transfer');
            }}
          />
        )}
        <Conversation
          messages={messages}
          pending={pending}
          contactName={name}
          typing={typing && canAct}
          onRetry={(clientId) => void retry(clientId)}
          onDiscard={discard}
          empty={emptyConversation(a, canAct)}
          footer={footer}
          canResend={canAct}
        />
      </Paper>
      <SidePanel detail={detail.data} canAct={canAct} />
      {dialog === 'transfer' && (
        <TransferModal
          attendance={a}
          call={transferCall}
          onClose={() => {
            setDialog(null);
            setTransferCall(null);
          }}
          onDone={() => leave(t('attendances.transfer.done'))}
        />
      )}
      {dialog === 'finalize' && (
        <FinalizeModal detail={detail.data} personName={name} onClose={() => setDialog(null)} onDone={() => leave(t('attendances.finalize.done'))} />
      )}
    </>
  );
}
