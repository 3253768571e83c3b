import { Avatar, Box, Divider, Loader, NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { personKeys, searchPersons } from '../../persons/api';
import { useDirectory } from '../hooks/use-directory';

export type DialTarget = { to: string; personId?: string };

/**
 * SPEC WS-08 "Contatos", VOX-05: search the organization's staff (by extension) and persons
 * (PER-01, by their first phone); choosing one calls at once.
 */
export function DialerContacts({ onCall }: { onCall: (target: DialTarget) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const directory = useDirectory(debounced, true);
  const persons = useQuery({
    queryKey: personKeys.search(debounced),
    queryFn: ({ signal }) => searchPersons(debounced, signal),
    select: (data) => data.items,
    enabled: debounced.length >= 2,
  });
  const staff = directory.data ?? [];
  const people = debounced.length >= 2 ? (persons.data ?? []) : [];
  const nothing = directory.data && staff.length === 0 && people.length === 0 && !persons.isFetching;
  return (
    <Stack gap="sm">
      <TextInput
        aria-label={t('dialer.search')}
        placeholder={t('dialer.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        rightSection={directory.isFetching || persons.isFetching ? <Loader size={14} /> : null}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        type="search"
        data-autofocus
      />
      <ErrorAlert error={directory.error ?? persons.error} />
      <ScrollArea.Autosize mah={260} type="auto">
        <Stack gap={2} role="list" aria-label={t('dialer.contacts')}>
          {nothing && (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('dialer.noContacts')}
            </Text>
          )}
          {people.length > 0 && <Divider label={t('dialer.persons')} labelPosition="left" />}
          {people.map((p) => (
            <Box key={p.id} role="listitem">
              <NavLink
                component="button"
                label={p.name}
                description={p.phone ?? t('dialer.noPhone')}
                leftSection={<Avatar name={p.name} color="initials" radius="xl" size={32} aria-hidden />}
                disabled={!p.phone}
                onClick={() => p.phone && onCall({ to: p.phone, personId: p.id })}
                aria-label={p.phone ? t('voice.dial.callTo', { number: `${p.name} ${p.phone}` }) : p.name}
                style={{ borderRadius: 8 }}
              />
            </Box>
          ))}
          {people.length > 0 && staff.length > 0 && <Divider label={t('dialer.staff')} labelPosition="left" />}
          {staff.map((entry) => (
            <Box key={entry.id} role="listitem">
              <NavLink
                component="button"
                label={entry.name}
                description={entry.extension ? t('dialer.extension', { extension: entry.extension }) : t('dialer.noExtension')}
                leftSection={<Avatar name={entry.name} color="initials" radius="xl" size={32} aria-hidden />}
                disabled={!entry.extension}
                onClick={() => entry.extension && onCall({ to: entry.extension })}
                style={{ borderRadius: 8 }}
              />
            </Box>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
