import { ActionIcon, Button, Group, Loader, Paper, Text, Tooltip } from '@mantine/core';
import { IconClipboardList, IconFolderPlus, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import type { KnowledgeCategory, KnowledgeItem } from '../api';
import { useKnowledgeTree } from '../hooks';
import { CategoryFormModal } from './CategoryFormModal';
import { ItemFormModal } from './ItemFormModal';
import { KnowledgeTreeView } from './KnowledgeTreeView';

type Dialog = { category: KnowledgeCategory | null } | { item: KnowledgeItem | null; kind: KnowledgeItem['kind'] } | null;

/** SPEC KB-01 "Administração → Base de conhecimento": sections, information (blue) and request types (green). */
export function KnowledgeAdminPage() {
  const { t } = useTranslation();
  const tree = useKnowledgeTree();
  const [dialog, setDialog] = useState<Dialog>(null);
  const categories = tree.data?.categories ?? [];

  return (
    <>
      <PageHeader
        title={t('knowledge.admin.title')}
        subtitle={t('knowledge.admin.subtitle')}
        actions={
          <>
            <Button variant="default" leftSection={<IconFolderPlus size={18} />} onClick={() => setDialog({ category: null })}>
              {t('knowledge.admin.newCategory')}
            </Button>
            <Button
              color="blue"
              leftSection={<IconInfoCircle size={18} />}
              onClick={() => setDialog({ item: null, kind: 'information' })}
              disabled={!categories.length}
            >
              {t('knowledge.admin.newInformation')}
            </Button>
            <Button
              color="green"
              leftSection={<IconClipboardList size={18} />}
              onClick={() => setDialog({ item: null, kind: 'request_type' })}
              disabled={!categories.length}
            >
              {t('knowledge.admin.newRequestType')}
            </Button>
          </>
        }
      />
      <Paper withBorder radius="lg" p="md">
        {tree.isPending && <Loader size="sm" />}
        <ErrorAlert error={tree.error} />
        {tree.data && (
          <KnowledgeTreeView
            tree={tree.data}
            opened
            onItem={(item) => setDialog({ item, kind: item.kind })}
            categoryActions={(c) => (
              <Group gap={4} wrap="nowrap">
                {!c.active && (
                  <Text size="xs" c="dimmed">
                    {t('knowledge.inactive')}
                  </Text>
                )}
                <Tooltip label={t('knowledge.admin.editCategory')} withArrow openDelay={300}>
                  <ActionIcon
                    component="span"
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={`${t('knowledge.admin.editCategory')}: ${c.name}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      setDialog({ category: c });
                    }}
                  >
                    <IconPencil size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            )}
          />
        )}
      </Paper>
      {dialog && 'category' in dialog && <CategoryFormModal category={dialog.category} categories={categories} onClose={() => setDialog(null)} />}
      {dialog && 'item' in dialog && <ItemFormModal item={dialog.item} kind={dialog.kind} categories={categories} onClose={() => setDialog(null)} />}
    </>
  );
}
