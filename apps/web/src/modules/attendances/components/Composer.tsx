import { ActionIcon, Box, Button, FileButton, Group, Switch, Text, Textarea, Tooltip } from '@mantine/core';
import { IconLock, IconPaperclip, IconSend } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT, isAcceptedFile } from '../attachment';
import { useSendMessage, useTypingSignal } from '../hooks/use-send-message';
import { EmojiPicker } from './EmojiPicker';

// What the agent was writing in each conversation survives switching between them.
const drafts = new Map<string, string>();

type Props = { attendanceId: string; channelType: string };

/**
 * SPEC ATT-05: the reply box. Enter sends, Shift+Enter breaks the line; "Nota interna" turns the
 * box into a staff-only note (never sent to the customer, and no typing signal while writing it).
 */
export function Composer({ attendanceId, channelType }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => drafts.get(attendanceId) ?? '');
  const [internal, setInternal] = useState(false);
  const [fileError, setFileError] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const { send } = useSendMessage(attendanceId);
  const signalTyping = useTypingSignal(attendanceId);

  const change = (value: string) => {
    setText(value);
    drafts.set(attendanceId, value);
    if (value && !internal && channelType === 'webchat') signalTyping();
  };

  const submit = () => {
    const body = text.trim();
    if (!body) return;
    send({ body, internal });
    change('');
    box.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const insert = (emoji: string) => {
    const el = box.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    change(text.slice(0, start) + emoji + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + emoji.length, start + emoji.length);
    });
  };

  const attach = (file: File | null) => {
    if (!file) return;
    const ok = isAcceptedFile(file);
    setFileError(!ok);
    if (ok) send({ body: '', internal, file });
  };

  return (
    <Box
      p="sm"
      style={{
        borderTop: '1px solid var(--mantine-color-gray-2)',
        background: internal ? 'var(--mantine-color-yellow-0)' : 'var(--mantine-color-white)',
        transition: 'background 120ms',
      }}
    >
      <Textarea
        ref={box}
        aria-label={t('attendances.composer.message')}
        placeholder={t(internal ? 'attendances.composer.notePlaceholder' : 'attendances.composer.placeholder')}
        value={text}
        onChange={(e) => change(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autosize
        minRows={2}
        maxRows={6}
        variant="unstyled"
        styles={{ input: { fontSize: 'var(--mantine-font-size-sm)', paddingInline: 4 } }}
      />
      {fileError && (
        <Text size="xs" c="red.7" role="alert" px={4}>
          {t('attendances.composer.fileInvalid')}
        </Text>
      )}
      <Group justify="space-between" mt={6} wrap="nowrap">
        <Group gap={4} wrap="nowrap">
          <EmojiPicker onPick={insert} />
          <FileButton onChange={attach} accept={ATTACHMENT_ACCEPT}>
            {(props) => (
              <Tooltip label={t('attendances.composer.attach')} withArrow openDelay={300}>
                <ActionIcon {...props} variant="subtle" color="gray" size={34} aria-label={t('attendances.composer.attach')}>
                  <IconPaperclip size={20} />
                </ActionIcon>
              </Tooltip>
            )}
          </FileButton>
          <Switch
            ml="xs"
            size="sm"
            color="yellow"
            label={t('attendances.composer.internalNote')}
            thumbIcon={internal ? <IconLock size={10} color="var(--mantine-color-yellow-8)" /> : undefined}
            checked={internal}
            onChange={(e) => setInternal(e.currentTarget.checked)}
          />
        </Group>
        <Button rightSection={<IconSend size={16} />} onClick={submit} disabled={!text.trim()} color={internal ? 'yellow.7' : undefined}>
          {t('attendances.composer.send')}
        </Button>
      </Group>
    </Box>
  );
}
