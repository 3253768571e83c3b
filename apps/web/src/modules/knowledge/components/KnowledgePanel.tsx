import { Loader, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { KnowledgeItem } from '../api';
import { useKnowledgeTree } from '../hooks';
import { InformationView } from './InformationView';
import { KnowledgeResults, KnowledgeTreeView } from './KnowledgeTreeView';
import { RegisteredList } from './RegisteredList';
import { RequestTypeView } from './RequestTypeView';

type Props = { attendanceId: string; canAct: boolean; onInformationDone: () => void };

/**
 * SPEC KB-01…KB-03 in the attendance: the tree ("Início") and a search box; an information leads
 * to "Registrar Informação", a request type to "Registrar Solicitação".
 */
export function KnowledgePanel({ attendanceId, canAct, onInformationDone }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [tab, setTab] = useState<'home' | 'registered'>('home');
  const [item, setItem] = useState<KnowledgeItem | null>(null);
  const tree = useKnowledgeTree(q);

  if (item?.kind === 'information')
    return (
      <InformationView
        attendanceId={attendanceId}
        item={item}
        canAct={canAct}
        onBack={() => setItem(null)}
        onDone={() => {
          setItem(null);
          onInformationDone();
        }}
      />
    );
  if (item) return <RequestTypeView attendanceId={attendanceId} item={item} canAct={canAct} onBack={() => setItem(null)} />;

  return (
    <Stack gap="sm">
      <TextInput
        aria-label={t('knowledge.search')}
        placeholder={t('knowledge.search')}
        leftSection={<IconSearch size={14} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Tabs value={tab} onChange={(v) => v && setTab(v as 'home' | 'registered')}>
        <Tabs.List>
          <Tabs.Tab value="home">{t('knowledge.home')}</Tabs.Tab>
          <Tabs.Tab value="registered">{t('knowledge.registered.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="home" pt="sm">
          {tree.isPending && <Loader size="sm" />}
          <ErrorAlert error={tree.error} />
          {tree.data && (q ? <KnowledgeResults tree={tree.data} onItem={setItem} /> : <KnowledgeTreeView tree={tree.data} onItem={setItem} />)}
          {q && q !== search.trim() && (
            <Text size="xs" c="dimmed">
              {t('knowledge.searching')}
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="registered" pt="sm">
          <RegisteredList attendanceId={attendanceId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
