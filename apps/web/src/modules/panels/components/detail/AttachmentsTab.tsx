import type { Message } from '@atende/shared';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentView } from '../../../attendances/components/AttachmentView';
import { formatDateTime } from '../../format';

/** SPEC PAN-07: the attendance's attachments, from its transcript. */
export function AttachmentsTab({ attendanceId, messages }: { attendanceId: string; messages: Message[] }) {
  const { t, i18n } = useTranslation();
  const withFiles = messages.filter((m) => m.attachment);
  if (!withFiles.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('panels.detail.noAttachments')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {withFiles.map((m) => (
        <Stack key={m.id} gap={2}>
          <AttachmentView attendanceId={attendanceId} attachment={m.attachment!} />
          <Text size="xs" c="dimmed">
            {[m.authorName, formatDateTime(m.createdAt, i18n.language)].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
