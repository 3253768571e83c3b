import type { SharedContact } from '@atende/shared';
import { Box, Group, Stack, Text } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { contacts: SharedContact[]; inverted: boolean };

/** SPEC CH-02, CH-03: a shared contact card each — name, organisation, phones and e-mails. */
export function ContactsContent({ contacts, inverted }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      {contacts.map((c, i) => (
        <Box
          key={i}
          component="section"
          aria-label={`${t('chat.contacts.label')}: ${c.name}`}
          px="xs"
          py={6}
          style={{ border: `1px solid ${inverted ? 'rgba(255,255,255,.45)' : 'var(--mantine-color-gray-3)'}`, borderRadius: 8 }}
        >
          <Group gap={6} wrap="nowrap" mb={2}>
            <IconAddressBook size={18} aria-hidden />
            <Text size="sm" fw={600}>
              {c.name}
            </Text>
          </Group>
          {c.organization && <Text size="xs">{c.organization}</Text>}
          {c.phones.map((p) => (
            <Text key={`p${p}`} size="xs">
              {t('attendances.fields.phone')}: {p}
            </Text>
          ))}
          {c.emails.map((e) => (
            <Text key={`e${e}`} size="xs">
              {t('attendances.fields.email')}: {e}
            </Text>
          ))}
        </Box>
      ))}
    </Stack>
  );
}
