import { Button, Group, Pagination, Select, Text } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  total: number | undefined;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  /** "Listar todos" in the bottom-left corner, as the seed places it, for search-mode grids. */
  listAll: ReactNode;
};

const sizes = ['25', '50', '100', '200'];

export function GridFooter({ total, page, pageSize, onPage, onPageSize, listAll }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil((total ?? 0) / pageSize));
  return (
    <Group justify="space-between" p="sm" gap="sm" wrap="wrap">
      <Group gap="sm">
        {listAll}
        {total !== undefined && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('panels.grid.total', { count: total })}
          </Text>
        )}
      </Group>
      <Group gap="sm">
        <Select
          size="xs"
          w={90}
          aria-label={t('panels.grid.pageSize')}
          data={sizes}
          value={String(pageSize)}
          onChange={(v) => v && onPageSize(Number(v))}
          allowDeselect={false}
        />
        <Pagination size="sm" total={pages} value={Math.min(page, pages)} onChange={onPage} aria-label={t('panels.grid.pagination')} />
      </Group>
    </Group>
  );
}

export function ListAllButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="light" leftSection={<IconList size={16} />} onClick={onClick}>
      {t('panels.grid.listAll')}
    </Button>
  );
}
