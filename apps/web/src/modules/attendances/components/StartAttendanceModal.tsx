import type { Person } from '@atende/shared';
import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { PersonFormModal } from '../../persons/components/PersonFormModal';
import { PersonResults } from '../../persons/components/PersonResults';
import { valuesFromContact } from '../../persons/person-form';
import { useStartAttendance } from '../hooks/use-attendances';

/**
 * SPEC ATT-04, seed 002 §1.1 "INICIAR ATENDIMENTO": the person search comes first; the attendance
 * starts for the chosen person, or for nobody. Opened only for users with the permission (ORG-04);
 * should it be withdrawn meanwhile, the server's refusal shows here, translated.
 */
export function StartAttendanceModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const start = useStartAttendance(me.id);
  const [search, setSearch] = useState('');
  const [registering, setRegistering] = useState(false);

  const go = (personId: string | null) =>
    start.mutate(personId, {
      onSuccess: (a) => {
        notify.success(t('attendances.start.started'));
        onClose();
        navigate(`/attendances/${a.id}`);
      },
    });

  return (
    <AppModal opened onClose={onClose} title={t('attendances.start.title')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('attendances.start.text')}
        </Text>
        <PersonResults
          search={search}
          onSearch={setSearch}
          autoFocus
          aside={
            <Tooltip label={t('persons.register')} withArrow>
              <ActionIcon size={36} variant="filled" aria-label={t('persons.register')} onClick={() => setRegistering(true)}>
                <IconPlus size={18} />
              </ActionIcon>
            </Tooltip>
          }
          action={(p) => (
            <Button
              size="compact-sm"
              leftSection={<IconPlayerPlay size={14} />}
              aria-label={t('attendances.start.chooseFor', { name: p.name })}
              loading={start.isPending && start.variables === p.id}
              onClick={() => go(p.id)}
            >
              {t('attendances.start.choose')}
            </Button>
          )}
        />
        <ErrorAlert error={start.error} />
        <Group justify="space-between" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="light" loading={start.isPending && start.variables === null} onClick={() => go(null)}>
            {t('attendances.start.anonymous')}
          </Button>
        </Group>
      </Stack>
      {registering && (
        <PersonFormModal
          person={null}
          initial={valuesFromContact()}
          onClose={() => setRegistering(false)}
          onSaved={(p: Person) => setSearch(p.document ?? p.name)}
        />
      )}
    </AppModal>
  );
}
