import type { AgentPresence } from '@atende/shared';
import { Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useAgents } from '../hooks/use-agents';
import { AgentsSummary } from './AgentsSummary';
import { AgentsTable, type AgentAction } from './AgentsTable';
import { ForceLogoutModal } from './ForceLogoutModal';
import { ForcePauseModal } from './ForcePauseModal';

type Dialog = { action: AgentAction; userId: string } | null;

const matches = (a: AgentPresence, q: string) => `${a.name} ${a.email}`.toLocaleLowerCase().includes(q);

/** SPEC WS-03, WS-07: supervisors follow every agent's channels live and may force a pause or logout. */
export function AgentsPage() {
  const { t } = useTranslation();
  const agents = useAgents();
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const q = search.trim().toLocaleLowerCase();
  const rows = agents.data?.filter((a) => !q || matches(a, q));
  // The dialog reads the live row, so its choices follow pushes while it is open.
  const current = dialog && agents.data?.find((a) => a.userId === dialog.userId);
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader title={t('agents.title')} subtitle={t('agents.subtitle')} />
      <Stack gap="md">
        {agents.data && <AgentsSummary agents={agents.data} />}
        <TextInput
          aria-label={t('agents.search')}
          placeholder={t('agents.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={360}
          type="search"
        />
        <ErrorAlert error={agents.error} />
        <AgentsTable agents={agents.isError ? [] : rows} onAction={(action, a) => setDialog({ action, userId: a.userId })} />
      </Stack>
      {current && dialog.action === 'pause' && <ForcePauseModal agent={current} onClose={close} />}
      {current && dialog.action === 'logout' && <ForceLogoutModal agent={current} onClose={close} />}
    </>
  );
}
