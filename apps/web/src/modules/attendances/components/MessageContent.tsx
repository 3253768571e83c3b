import type { Message } from '@atende/shared';
import { Group, Text } from '@mantine/core';
import { IconHandFinger, IconQuestionMark } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFamily, showsBody } from '../message-content';
import { ContactsContent } from './ContactsContent';
import { LocationContent } from './LocationContent';
import { MediaContent } from './MediaContent';
import { TemplateContent } from './TemplateContent';

const bodyStyle = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', overflowWrap: 'anywhere' } as const;

/** A line with an icon: the option the contact chose, or what the console cannot show. */
function Line({ icon, text, italic = false }: { icon: ReactNode; text: string; italic?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      {icon}
      <Text size="sm" fs={italic ? 'italic' : undefined} style={bodyStyle}>
        {text}
      </Text>
    </Group>
  );
}

/**
 * SPEC ATT-05, CH-02, CH-03: what a message carries, by kind. Text is always text: React escapes
 * it, nothing is parsed. A caption is shown under its media.
 */
export function MessageContent({ message, inverted }: { message: Message; inverted: boolean }) {
  const { t } = useTranslation();
  const c = message.content;
  const family = bodyFamily(message);
  let head: ReactNode = null;
  if (family === 'media') head = <MediaContent message={message} inverted={inverted} />;
  else if (family === 'location' && c?.location) head = <LocationContent location={c.location} inverted={inverted} />;
  else if (family === 'contacts' && c?.contacts?.length) head = <ContactsContent contacts={c.contacts} inverted={inverted} />;
  else if (family === 'template') head = <TemplateContent message={message} inverted={inverted} />;
  else if (family === 'interactive') {
    head = <Line icon={<IconHandFinger size={16} aria-hidden />} text={t('chat.reply', { title: c?.reply?.title ?? message.body })} />;
  } else if (family === 'unsupported') {
    const type = c?.providerType || t('chat.unknownType');
    head = <Line icon={<IconQuestionMark size={16} aria-hidden />} text={t('chat.unsupported', { type })} italic />;
  }
  const body = showsBody(message) || (!head && message.body);
  return (
    <>
      {head}
      {body && (
        <Text size="sm" mt={head ? 6 : 0} style={bodyStyle}>
          {message.body}
        </Text>
      )}
    </>
  );
}
