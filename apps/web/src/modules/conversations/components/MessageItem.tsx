import type { ChatMessage } from '@atende/shared';
import { Anchor, Box, Group, Image, Mark, Paper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { chatKeys } from '../api';
import { AlertCard } from './AlertCard';

// SPEC ALR-04: one message: author and time, the text with its mentions highlighted, the file
// (image preview or link) or, for an alert, its card (ALR-02).

const timeText = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function withMentions(body: string, names: string[]): ReactNode {
  const wanted = names.filter(Boolean).map((n) => `@${n}`);
  if (!wanted.length) return body;
  const parts: ReactNode[] = [];
  let rest = body;
  let key = 0;
  while (rest) {
    const hits = wanted.map((w) => [rest.indexOf(w), w] as const).filter(([i]) => i >= 0);
    if (!hits.length) break;
    const [at, word] = hits.reduce((a, b) => (b[0] < a[0] ? b : a));
    parts.push(<Fragment key={key++}>{rest.slice(0, at)}</Fragment>, <Mark key={key++}>{word}</Mark>);
    rest = rest.slice(at + word.length);
  }
  parts.push(<Fragment key={key++}>{rest}</Fragment>);
  return parts;
}

export function MessageItem({ message, mine }: { message: ChatMessage; mine: boolean }) {
  const qc = useQueryClient();
  if (message.kind === 'alert' && message.alert) {
    return (
      <Box maw={460}>
        <AlertCard alert={message.alert} onChanged={() => void qc.invalidateQueries({ queryKey: chatKeys.messages(message.chatId) })} />
      </Box>
    );
  }
  const file = message.attachment;
  return (
    <Box style={{ alignSelf: mine ? 'flex-end' : 'flex-start' }} maw="75%">
      <Paper withBorder p="xs" radius="md" bg={mine ? 'var(--mantine-color-blue-light)' : undefined} role="article">
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="xs" fw={700}>
            {message.author?.name ?? ''}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={message.createdAt}>{timeText(message.createdAt)}</time>
          </Text>
        </Group>
        {message.body && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {withMentions(
              message.body,
              message.mentions.map((m) => m.name),
            )}
          </Text>
        )}
        {file &&
          (file.mime.startsWith('image/') ? (
            <Anchor href={file.url} target="_blank" rel="noopener noreferrer">
              <Image src={file.url} alt={file.name} maw={240} radius="sm" />
            </Anchor>
          ) : (
            <Anchor href={file.url} target="_blank" rel="noopener noreferrer" size="sm">
              📎 {file.name}
            </Anchor>
          ))}
      </Paper>
    </Box>
  );
}
