import { Button, Grid, Loader, Paper, Stack, Tabs, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { usePerson } from '../hooks/use-persons';
import { usePersonFields } from '../person-fields-api';
import { valuesFromPerson } from '../person-form';
import { AttendancesList, IdentitiesList, RequestsList, SchedulesList } from './HistoryLists';
import { DetailField, PersonDetails } from './PersonDetails';
import { PersonFormModal } from './PersonFormModal';
import { PortalUserTab } from './PortalUserTab';

const tabs = ['attendances', 'schedules', 'requests', 'social', 'user'] as const;

/** SPEC PER-04, seed 002 §1.4: the person's record with "Histórico" on the right. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePerson(id);
  const fields = usePersonFields();
  const [editing, setEditing] = useState(false);
  if (person.isPending) return <Loader />;
  if (!person.data) return <ErrorAlert error={person.error} />;
  const p = person.data;
  const custom = (fields.data ?? []).filter((f) => f.personType === p.type && p.custom[f.key] != null && p.custom[f.key] !== '');
  return (
    <>
      <PageHeader
        title={p.name}
        actions={
          <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            {t('people.history.edit')}
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <PersonDetails person={p} />
              {custom.map((f) => (
                <DetailField key={f.id} label={f.label}>
                  {String(p.custom[f.key])}
                </DetailField>
              ))}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Title order={2} fz="lg">
              {t('people.history.title')}
            </Title>
            <Tabs defaultValue="attendances" keepMounted={false}>
              <Tabs.List>
                {tabs.map((tab) => (
                  <Tabs.Tab key={tab} value={tab}>
                    {t(`people.history.tabs.${tab}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="attendances" pt="md">
                <AttendancesList personId={p.id} />
              </Tabs.Panel>
              <Tabs.Panel value="schedules" pt="md">
                <SchedulesList personId={p.id} />
              </Tabs.Panel>
              <Tabs.Panel value="requests" pt="md">
                <RequestsList personId={p.id} />
              </Tabs.Panel>
              <Tabs.Panel value="social" pt="md">
                <IdentitiesList personId={p.id} />
              </Tabs.Panel>
              <Tabs.Panel value="user" pt="md">
                <PortalUserTab personId={p.id} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && <PersonFormModal person={p} initial={valuesFromPerson(p)} onClose={() => setEditing(false)} />}
    </>
  );
}
