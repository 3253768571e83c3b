import type { AttendanceSummary } from '@atende/shared';
import { ActionIcon, Box, Button, FileButton, Group, Stack, Switch, Text, Textarea, Tooltip } from '@mantine/core';
import { IconLock, IconPaperclip, IconSend } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttendanceChannel, useReplyWindow } from '../hooks/use-channel-messages';
import { useSendMessage, useTypingSignal } from '../hooks/use-send-message';
import { acceptFor, checkOutboundFile, mediaRuleFor, type FileVerdict } from '../outbound-media';
import { EmojiPicker } from './EmojiPicker';
import { ReplyWindowClosed, ReplyWindowLeft } from './ReplyWindowNotice';
import { TemplatePicker } from './TemplatePicker';

// What the agent was writing in each conversation survives switching between them.
const drafts = new Map<string, string>();

/** `tools`: more buttons at the bottom left, before the emoji picker (SPEC ATT-11, ATT-12: the script and form icons). */
type Props = { attendance: AttendanceSummary; tools?: ReactNode };

const fileErrors = {
  invalid: 'attendances.composer.fileInvalid',
  unsupported: 'chat.file.unsupported',
  tooLarge: 'chat.file.tooLarge',
} as const;

/**
 * SPEC ATT-05: the reply box. Enter sends, Shift+Enter breaks the line; "Nota interna" turns the
 * box into a staff-only note (never sent to the customer, and no typing signal while writing it).
 * CH-02, CH-03: on channels with a reply window it shows the time left, and once the window is over
 * the text box gives way to the approved templates (notes can still be written); files are checked
 * against what the channel can send.
 */
export function Composer({ attendance, tools }: Props) {
  const { id: attendanceId } = attendance;
  const { t } = useTranslation();
  const [text, setText] = useState(() => drafts.get(attendanceId) ?? '');
  const [internal, setInternal] = useState(false);
  const [fileError, setFileError] = useState<Exclude<FileVerdict, 'ok'> | null>(null);
  const channel = useAttendanceChannel(attendance.channelId);
  const caps = channel?.capabilities;
  const replyWindow = useReplyWindow(attendance, caps?.replyWindowHours);
  // Only templates may reach the contact now; a note is still the agent's to write.
  const templatesOnly = replyWindow.state === 'closed' && !internal;
  const mediaRule = mediaRuleFor(channel, internal);
  const noFiles = mediaRule !== null && mediaRule.length === 0;
  const box = useRef<HTMLTextAreaElement>(null);
  const { send } = useSendMessage(attendanceId);
  const signalTyping = useTypingSignal(attendanceId);

  const change = (value: string) => {
    setText(value);
    drafts.set(attendanceId, value);
    if (value && !internal && channel?.capabilities.typingIndicator) signalTyping();
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
    const verdict = checkOutboundFile(file, mediaRule);
    setFileError(verdict === 'ok' ? null : verdict);
    if (verdict === 'ok') send({ body: '', internal, file });
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
      {replyWindow.state === 'open' && !internal && <ReplyWindowLeft window={replyWindow} />}
      {templatesOnly ? (
        <Stack gap="xs" pb={4}>
          <ReplyWindowClosed hours={caps?.replyWindowHours ?? 24} templates={Boolean(caps?.templates && attendance.channelId)} />
          {caps?.templates && attendance.channelId && <TemplatePicker attendanceId={attendanceId} channelId={attendance.channelId} />}
        </Stack>
      ) : (
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
      )}
      {fileError && (
        <Text size="xs" c="red.7" role="alert" px={4}>
          {t(fileErrors[fileError])}
        </Text>
      )}
      <Group justify="space-between" mt={6} wrap="nowrap">
        <Group gap={4} wrap="nowrap">
          {tools}
          {!templatesOnly && (
            <>
              <EmojiPicker onPick={insert} />
              <FileButton onChange={attach} accept={acceptFor(mediaRule)} disabled={noFiles}>
                {(props) => (
                  <Tooltip label={t(noFiles ? 'chat.file.none' : 'attendances.composer.attach')} withArrow openDelay={300}>
                    <ActionIcon {...props} variant="subtle" color="gray" size={34} aria-label={t('attendances.composer.attach')}>
                      <IconPaperclip size={20} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </FileButton>
            </>
          )}
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
        {!templatesOnly && (
          <Button rightSection={<IconSend size={16} />} onClick={submit} disabled={!text.trim()} color={internal ? 'yellow.7' : undefined}>
            {t('attendances.composer.send')}
          </Button>
        )}
      </Group>
    </Box>
  );
}
