import { Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import { IconClipboardList, IconFolder, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeCategory, KnowledgeItem, KnowledgeTree } from '../api';

// SPEC KB-01: information items are blue, request types green.
export const kindColor = (kind: KnowledgeItem['kind']) => (kind === 'information' ? 'blue' : 'green');

export function ItemIcon({ kind }: { kind: KnowledgeItem['kind'] }) {
  const color = `var(--mantine-color-${kindColor(kind)}-6)`;
  return kind === 'information' ? <IconInfoCircle size={16} color={color} /> : <IconClipboardList size={16} color={color} />;
}

type Props = {
  tree: KnowledgeTree;
  onItem: (item: KnowledgeItem) => void;
  /** Extra controls on a section's row (admin: edit). */
  categoryActions?: (category: KnowledgeCategory) => ReactNode;
  /** Sections open at first (the admin page opens all). */
  opened?: boolean;
};

/** "Sessão/Categoria" rows, nested, each holding its items. */
export function KnowledgeTreeView({ tree, onItem, categoryActions, opened = false }: Props) {
  const { t } = useTranslation();
  const children = (parentId: string | null) => tree.categories.filter((c) => c.parentId === parentId);
  const itemsOf = (categoryId: string) => tree.items.filter((i) => i.categoryId === categoryId);

  const item = (i: KnowledgeItem) => (
    <NavLink
      key={i.id}
      component="button"
      label={
        <Group gap={6} wrap="nowrap">
          <Text size="sm" c={i.active ? undefined : 'dimmed'}>
            {i.title}
          </Text>
          {!i.active && (
            <Badge size="xs" color="gray" variant="light">
              {t('knowledge.inactive')}
            </Badge>
          )}
        </Group>
      }
      leftSection={<ItemIcon kind={i.kind} />}
      aria-label={`${i.title} (${t(`knowledge.kind.${i.kind}`)})`}
      onClick={() => onItem(i)}
      style={{ borderRadius: 6 }}
    />
  );
  const category = (c: KnowledgeCategory, depth: number): ReactNode => (
    <NavLink
      key={c.id}
      component="button"
      label={
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600} c={c.active ? undefined : 'dimmed'}>
            {c.name}
          </Text>
          {categoryActions?.(c)}
        </Group>
      }
      leftSection={<IconFolder size={16} />}
      defaultOpened={opened}
      childrenOffset={14}
      style={{ borderRadius: 6 }}
    >
      {depth < 20 && children(c.id).map((sub) => category(sub, depth + 1))}
      {itemsOf(c.id).map(item)}
    </NavLink>
  );

  const roots = children(null);
  if (!roots.length)
    return (
      <Text size="sm" c="dimmed">
        {t('knowledge.emptyTree')}
      </Text>
    );
  return <Stack gap={0}>{roots.map((c) => category(c, 0))}</Stack>;
}

/** Search results: the matching items, flat, each with its section's name. */
export function KnowledgeResults({ tree, onItem }: { tree: KnowledgeTree; onItem: (item: KnowledgeItem) => void }) {
  const { t } = useTranslation();
  const section = new Map(tree.categories.map((c) => [c.id, c.name]));
  if (!tree.items.length)
    return (
      <Text size="sm" c="dimmed">
        {t('knowledge.noResults')}
      </Text>
    );
  return (
    <Stack gap={0} role="list" aria-label={t('knowledge.results')}>
      {tree.items.map((i) => (
        <NavLink
          key={i.id}
          component="button"
          role="listitem"
          label={i.title}
          description={section.get(i.categoryId)}
          leftSection={<ItemIcon kind={i.kind} />}
          aria-label={`${i.title} (${t(`knowledge.kind.${i.kind}`)})`}
          onClick={() => onItem(i)}
          style={{ borderRadius: 6 }}
        />
      ))}
    </Stack>
  );
}
