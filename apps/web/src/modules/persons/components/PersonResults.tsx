import type { PersonSummary } from '@atende/shared';
import { Avatar, Badge, Box, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dialable } from '../../dialer/dialable';
import { PhoneCallLink } from '../../voice/components/PhoneCallLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MIN_SEARCH, usePersonSearch } from '../hooks/use-persons';

type Props = {
  search: string;
  onSearch: (q: string) => void;
  /** The buttons of one result ("Vincular", "Iniciar"). */
  action: (person: PersonSummary) => ReactNode;
  /** Beside the search box (the "+" that registers a person). */
  aside?: ReactNode;
  autoFocus?: boolean;
};

/** SPEC PER-01 "Pesquisar pessoas": one box for name, e-mail, CPF/CNPJ or phone, and the matches. */
export function PersonResults({ search, onSearch, action, aside, autoFocus }: Props) {
  const { t } = useTranslation();
  const [q] = useDebouncedValue(search.trim(), 250);
  const results = usePersonSearch(q);
  const ready = q.length >= MIN_SEARCH;
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          type="search"
          aria-label={t('persons.search')}
          placeholder={t('persons.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={results.isFetching ? <Loader size={14} /> : null}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
          style={{ flex: 1 }}
          data-autofocus={autoFocus || undefined}
        />
        {aside}
      </Group>
      <ErrorAlert error={results.error} />
      {!ready && (
        <Text size="xs" c="dimmed">
          {t('persons.searchHint')}
        </Text>
      )}
      {ready && results.data?.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="sm">
          {t('persons.noResults')}
        </Text>
      )}
      {ready && Boolean(results.data?.length) && (
        <Stack gap={6} role="list" aria-label={t('persons.results')}>
          {results.data?.map((p) => (
            <Box
              key={p.id}
              role="listitem"
              aria-label={p.name}
              p="xs"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: 'var(--mantine-color-white)' }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Avatar name={p.name} color="initials" radius="xl" size={32} aria-hidden />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600} truncate>
                        {p.name}
                      </Text>
                      <Badge size="xs" variant="light" color={p.type === 'PF' ? 'indigo' : 'grape'}>
                        {p.type}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed" truncate>
                      {[p.document, p.email].filter(Boolean).join(' · ')}
                      {p.phone && (
                        <>
                          {(p.document || p.email) && ' · '}
                          <PhoneCallLink phone={{ e164: dialable(p.phone), formatted: p.phone }} personId={p.id} size="xs" />
                        </>
                      )}
                    </Text>
                  </Stack>
                </Group>
                {/* The name gives way, never the button: "Vincular" stays whole at 1366 px. */}
                <Box style={{ flexShrink: 0 }}>{action(p)}</Box>
              </Group>
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
