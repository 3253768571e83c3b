import { Avatar, Box, Loader, NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { DirectoryEntry } from '../api';
import { useDirectory } from '../hooks/use-directory';

/** SPEC WS-08 "Contatos": search the organization's contacts; choosing one dials their extension. */
export function DialerContacts({ onPick }: { onPick: (entry: DirectoryEntry) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const directory = useDirectory(debounced, true);
  return (
    <Stack gap="sm">
      <TextInput
        aria-label={t('dialer.search')}
        placeholder={t('dialer.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        rightSection={directory.isFetching ? <Loader size={14} /> : null}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        type="search"
        data-autofocus
      />
      <ErrorAlert error={directory.error} />
      <ScrollArea.Autosize mah={260} type="auto">
        <Stack gap={2} role="list" aria-label={t('dialer.contacts')}>
          {directory.data?.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('dialer.noContacts')}
            </Text>
          )}
          {directory.data?.map((entry) => (
            <Box key={entry.id} role="listitem">
              <NavLink
                component="button"
                label={entry.name}
                description={entry.extension ? t('dialer.extension', { extension: entry.extension }) : t('dialer.noExtension')}
                leftSection={<Avatar name={entry.name} color="initials" radius="xl" size={32} aria-hidden />}
                disabled={!entry.extension}
                onClick={() => onPick(entry)}
                style={{ borderRadius: 8 }}
              />
            </Box>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
