import type { AttendanceSummary, PersonSummary } from '@atende/shared';
import { Button, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconSearch, IconUnlink, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { DetailField, PersonDetails } from '../../persons/components/PersonDetails';
import { usePerson, usePersonSearch } from '../../persons/hooks/use-persons';
import { Stars } from './Stars';
import { useChannelName } from './ChannelIcon';
import { ContactFields, hasContactData } from './ContactFields';

type Props = {
  attendance: AttendanceSummary;
  canAct: boolean;
  linking: boolean;
  onLink: (person: PersonSummary | null) => void;
  onFind: () => void;
  onRegister: () => void;
  onEditPerson: () => void;
};

/** The best single thing to look a contact up by: document, then e-mail, then phone. */
const lookupKey = (c: AttendanceSummary['contact']) => (c.document || c.email || c.phone || '').trim();

/**
 * SPEC ATT-03, PER-03 "Resumo": the linked person, or what the channel told about the contact
 * (complete from the web chat, usually only a name elsewhere) with the people it may be.
 */
export function SummaryTab({ attendance: a, canAct, linking, onLink, onFind, onRegister, onEditPerson }: Props) {
  const { t } = useTranslation();
  const channelName = useChannelName();
  const person = usePerson(a.personId);
  const matches = usePersonSearch(a.personId ? '' : lookupKey(a.contact));
  const c = a.contact;

  return (
    <Stack gap="md">
      {a.personId ? (
        <Stack gap="sm">
          <Title order={3} fz="sm" c="dimmed">
            {t('attendances.summary.person')}
          </Title>
          {person.isPending && <Loader size="sm" />}
          <ErrorAlert error={person.error} />
          {person.data && <PersonDetails person={person.data} onEdit={canAct ? onEditPerson : undefined} historyLink />}
          {/* Web chat: what the site signed and what the visitor typed stay visible next to the person. */}
          {c.signed !== undefined && hasContactData(c) && (
            <Stack gap="sm" role="group" aria-label={t('attendances.summary.contact')}>
              <Divider />
              <Title order={3} fz="sm" c="dimmed">
                {t('attendances.summary.contact')}
              </Title>
              <ContactFields contact={c} />
            </Stack>
          )}
          {canAct && (
            <Group>
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={<IconUnlink size={14} />}
                loading={linking}
                onClick={() => onLink(null)}
              >
                {t('attendances.summary.unlink')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Stack gap="sm">
          <Title order={3} fz="sm" c="dimmed">
            {t('attendances.summary.contact')}
          </Title>
          {hasContactData(c) ? (
            <>
              <ContactFields contact={c} />
              <Text size="xs" c="dimmed">
                {t('attendances.summary.contactFrom', { channel: channelName(a.channelType) })}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('attendances.summary.noContact')}
            </Text>
          )}
          <Divider />
          <Text size="sm">{t('attendances.summary.noPerson')}</Text>
          {Boolean(matches.data?.length) && (
            <Stack gap={6}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                {t('attendances.summary.matches')}
              </Text>
              {matches.data?.slice(0, 3).map((p) => (
                <Group key={p.id} justify="space-between" wrap="nowrap" gap="xs" role="group" aria-label={p.name}>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {p.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {[p.document, p.email, p.phone].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                  {canAct && (
                    <Button size="compact-sm" variant="light" loading={linking} onClick={() => onLink(p)}>
                      {t('persons.link')}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          )}
          {canAct && (
            <Group gap="xs">
              <Button size="compact-sm" variant="light" leftSection={<IconSearch size={14} />} onClick={onFind}>
                {t('attendances.summary.findPerson')}
              </Button>
              <Button size="compact-sm" variant="light" leftSection={<IconUserPlus size={14} />} onClick={onRegister}>
                {t('persons.register')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {a.status === 'finished' && (
        <Stack gap="sm">
          <Divider />
          <Title order={3} fz="sm" c="dimmed">
            {t('attendances.summary.closing')}
          </Title>
          <DetailField label={t('attendances.finalize.classification')}>{a.closingClassification ?? '—'}</DetailField>
          {a.closingComment && <DetailField label={t('attendances.finalize.comment')}>{a.closingComment}</DetailField>}
          <DetailField label={t('attendances.summary.rating')}>
            <Stars rating={a.rating} />
          </DetailField>
        </Stack>
      )}
    </Stack>
  );
}
