import type { ChatMember } from '@atende/shared';
import { ActionIcon, FileButton, Group, Paper, Stack, Textarea, UnstyledButton } from '@mantine/core';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

// SPEC ALR-04: the composer. "@" opens a picker of the chat's members; Enter sends (Shift+Enter is a
// new line); the clip attaches one file.

type Props = {
  members: ChatMember[];
  pending: boolean;
  onSend: (m: { body: string; mentions: string[] }) => void;
  onAttach: (file: File) => void;
};

// The "@…" being typed at the end of the text, if any.
const typingMention = (text: string) => /(?:^|\s)@([\p{L}\p{N} ]{0,30})$/u.exec(text)?.[1];

export function Composer({ members, pending, onSend, onAttach }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<ChatMember[]>([]);
  const query = typingMention(text);
  const options = query === undefined ? [] : members.filter((m) => m.name.toLowerCase().startsWith(query.trimStart().toLowerCase())).slice(0, 6);

  const pick = (m: ChatMember) => {
    setText(text.replace(/@([\p{L}\p{N} ]{0,30})$/u, `@${m.name} `));
    setPicked((p) => (p.some((x) => x.id === m.id) ? p : [...p, m]));
  };
  const send = () => {
    const body = text.trim();
    if (!body || pending) return;
    // Only the mentions still in the text count.
    onSend({ body, mentions: picked.filter((m) => body.includes(`@${m.name}`)).map((m) => m.id) });
    setText('');
    setPicked([]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    if (options[0]) pick(options[0]);
    else send();
  };

  return (
    <Stack gap={4}>
      {options.length > 0 && (
        <Paper withBorder p={4} role="listbox" aria-label={t('conversations.composer.mentions')}>
          {options.map((m) => (
            <UnstyledButton key={m.id} role="option" aria-selected={false} onClick={() => pick(m)} px="xs" py={2} display="block" w="100%">
              @{m.name}
            </UnstyledButton>
          ))}
        </Paper>
      )}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <FileButton onChange={(f) => f && onAttach(f)} accept="image/png,image/jpeg,image/gif,image/webp,application/pdf">
          {(props) => (
            <ActionIcon {...props} variant="subtle" size="lg" aria-label={t('conversations.composer.attach')}>
              <IconPaperclip size={18} />
            </ActionIcon>
          )}
        </FileButton>
        <Textarea
          style={{ flex: 1 }}
          aria-label={t('conversations.composer.label')}
          placeholder={t('conversations.composer.placeholder')}
          autosize
          minRows={1}
          maxRows={6}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <ActionIcon size="lg" onClick={send} loading={pending} aria-label={t('conversations.composer.send')}>
          <IconSend size={18} />
        </ActionIcon>
      </Group>
    </Stack>
  );
}
