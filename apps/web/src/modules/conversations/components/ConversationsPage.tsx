import { Button, Grid, Paper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { useChats } from '../hooks';
import { ChatList } from './ChatList';
import { ChatView } from './ChatView';
import { NewChatModal } from './NewChatModal';

// SPEC ALR-04 "Conversas": the chat list beside the open chat.
export function ConversationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = useParams();
  const navigate = useNavigate();
  const chats = useChats();
  const [creating, setCreating] = useState(false);
  const list = chats.data?.chats ?? [];
  const open = list.find((c) => c.id === id) ?? null;
  const go = (chatId: string) => void navigate(`/conversations/${chatId}`);

  return (
    <>
      <PageHeader
        title={t('conversations.title')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('conversations.newChat.open')}
          </Button>
        }
      />
      <ErrorAlert error={chats.error} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="xs" radius="md">
            {chats.isSuccess && <ChatList chats={list} openId={open?.id ?? null} onOpen={go} />}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="sm" radius="md" h="calc(100vh - 200px)" mih={420}>
            {open ? <ChatView key={open.id} chat={open} meId={me.id} /> : <Text c="dimmed">{t('conversations.pick')}</Text>}
          </Paper>
        </Grid.Col>
      </Grid>
      {creating && (
        <NewChatModal
          meId={me.id}
          onClose={() => setCreating(false)}
          onCreated={(chatId) => {
            setCreating(false);
            go(chatId);
          }}
        />
      )}
    </>
  );
}
