import { formatFileSize } from '@atende/shared';
import { Anchor, Box, Group, Text } from '@mantine/core';
import { IconFileTypePdf, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, type Attachment } from '../api';
import { isImage } from '../attachment';

/** SPEC ATT-05: images as thumbnails that open full size, PDFs (and the rest) as links. */
type Props = {
  attendanceId: string;
  attachment: Attachment;
  inverted?: boolean;
  /** A document: a link with its name and size even when it is an image (CH-02 "document"). */
  asFile?: boolean;
};

export function AttachmentView({ attendanceId, attachment, inverted, asFile = false }: Props) {
  const { t, i18n } = useTranslation();
  const url = attachmentUrl(attendanceId, attachment.id);
  // PAN-05: opening the file is a download on the timeline; the thumbnail loads the plain URL and records nothing.
  const download = `${url}?download=1`;
  if (!asFile && isImage(attachment.contentType)) {
    return (
      <Anchor
        href={download}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t('attendances.conversation.openImage', { name: attachment.fileName })}
        display="block"
      >
        <Box
          component="img"
          src={url}
          alt={attachment.fileName}
          loading="lazy"
          style={{ display: 'block', maxWidth: 240, maxHeight: 200, borderRadius: 8, objectFit: 'cover', background: 'var(--mantine-color-gray-1)' }}
        />
      </Anchor>
    );
  }
  const Icon = attachment.contentType === 'application/pdf' ? IconFileTypePdf : IconPaperclip;
  return (
    <Anchor
      href={download}
      target="_blank"
      rel="noopener noreferrer"
      underline="never"
      c={inverted ? 'white' : undefined}
      style={{
        display: 'block',
        border: `1px solid ${inverted ? 'rgba(255,255,255,.45)' : 'var(--mantine-color-gray-3)'}`,
        borderRadius: 8,
        padding: '6px 10px',
      }}
    >
      <Group gap="xs" wrap="nowrap">
        <Icon size={22} aria-hidden />
        <Box style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate>
            {attachment.fileName}
          </Text>
          <Text size="xs" opacity={0.75}>
            {formatFileSize(attachment.size, i18n.language)}
          </Text>
        </Box>
      </Group>
    </Anchor>
  );
}
