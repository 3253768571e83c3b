import type { Person, PersonSummary } from '@atende/shared';
import { Paper, ScrollArea, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../ui/use-notify';
import { KnowledgePanel } from '../../knowledge/components/KnowledgePanel';
import { PersonFormModal } from '../../persons/components/PersonFormModal';
import { usePerson } from '../../persons/hooks/use-persons';
import { valuesFromContact, valuesFromPerson } from '../../persons/person-form';
import type { AttendanceDetail } from '../api';
import { useLinkPerson } from '../hooks/use-attendances';
import { EventsTab } from './EventsTab';
import { PersonHistoryTab } from './PersonHistoryTab';
import { PersonTab } from './PersonTab';
import { SummaryTab } from './SummaryTab';

type Tab = 'summary' | 'person' | 'knowledge' | 'history' | 'events';
type Form = { person: Person | null } | null;

/** SPEC ATT-03, PER-01…PER-04, KB-01…KB-03, ATT-10: the right side — "Resumo", "Pessoa", the knowledge base, "Histórico", "Eventos". */
export function SidePanel({ detail, canAct }: { detail: AttendanceDetail; canAct: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const a = detail.attendance;
  const [tab, setTab] = useState<Tab>('summary');
  const [search, setSearch] = useState('');
  const [form, setForm] = useState<Form>(null);
  const link = useLinkPerson(a.id);
  const linked = usePerson(a.personId);

  const doLink = (person: PersonSummary | null) =>
    link.mutate(person?.id ?? null, {
      onSuccess: () => {
        notify.success(t(person ? 'attendances.summary.linked' : 'attendances.summary.unlinked'));
        // Seed 002 §1.3: after "Vincular" the person's data shows in "Resumo".
        setTab('summary');
      },
      onError: notify.error,
    });

  const findPerson = () => {
    setSearch(a.contact.document || a.contact.email || a.contact.name || '');
    setTab('person');
  };

  const saved = (person: Person) => {
    if (form?.person) return; // an edit: the summary refreshes itself
    setSearch(person.document ?? person.name);
    setTab('person');
  };

  return (
    <Paper withBorder radius="lg" style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', overflow: 'hidden' }}>
      <Tabs
        value={tab}
        onChange={(v) => v && setTab(v as Tab)}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
        styles={{ tab: { paddingInline: 6, fontSize: 'var(--mantine-font-size-sm)' } }}
      >
        <Tabs.List aria-label={t('attendances.side.label')} grow px={4} pt={4} style={{ flexWrap: 'nowrap' }}>
          <Tabs.Tab value="summary">{t('attendances.side.summary')}</Tabs.Tab>
          {canAct && <Tabs.Tab value="person">{t('attendances.side.person')}</Tabs.Tab>}
          <Tabs.Tab value="knowledge">{t('knowledge.side.tab')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('attendances.side.history')}</Tabs.Tab>
          <Tabs.Tab value="events">{t('attendances.side.events')}</Tabs.Tab>
        </Tabs.List>
        <ScrollArea style={{ flex: 1 }} type="auto">
          <Tabs.Panel value="summary" p="md">
            <SummaryTab
              attendance={a}
              canAct={canAct}
              linking={link.isPending}
              onLink={doLink}
              onFind={findPerson}
              onRegister={() => setForm({ person: null })}
              onEditPerson={() => linked.data && setForm({ person: linked.data })}
            />
          </Tabs.Panel>
          {canAct && (
            <Tabs.Panel value="person" p="md">
              <PersonTab
                search={search}
                onSearch={setSearch}
                linkedId={a.personId}
                canAct={canAct}
                linking={link.isPending}
                onLink={doLink}
                onRegister={() => setForm({ person: null })}
              />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="knowledge" p="md">
            {/* KB-02: a confirmed information takes the agent back to "Resumo". */}
            {tab === 'knowledge' && <KnowledgePanel attendanceId={a.id} canAct={canAct} onInformationDone={() => setTab('summary')} />}
          </Tabs.Panel>
          <Tabs.Panel value="history" p="md">
            <PersonHistoryTab personId={a.personId} currentId={a.id} />
          </Tabs.Panel>
          <Tabs.Panel value="events" p="md">
            <EventsTab events={detail.events} />
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
      {form && (
        <PersonFormModal
          person={form.person}
          initial={form.person ? valuesFromPerson(form.person) : valuesFromContact(a.contact)}
          onClose={() => setForm(null)}
          onSaved={saved}
        />
      )}
    </Paper>
  );
}
