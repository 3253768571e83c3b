import type { Person } from '@atende/shared';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneCallLink } from '../../voice/components/PhoneCallLink';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Stack>
  );
}

const addressLine = (a: Person['addresses'][number]) =>
  [[a.logradouro, a.numero].filter(Boolean).join(', '), a.complemento, a.bairro, `${a.cidade}/${a.uf}`, a.cep].filter(Boolean).join(' · ');

/** SPEC PER-03 "Resumo": the linked person; the name (in blue, seed 002 §1.4) opens the record. */
export function PersonDetails({ person, onEdit, historyLink }: { person: Person; onEdit?: () => void; historyLink?: boolean }) {
  const { t } = useTranslation();
  const none = (
    <Text span size="sm" c="dimmed">
      {t('persons.form.none')}
    </Text>
  );
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        {onEdit ? (
          <Anchor
            component="button"
            type="button"
            fw={700}
            onClick={onEdit}
            aria-label={t('attendances.summary.edit', { name: person.name })}
            ta="left"
          >
            {person.name}
          </Anchor>
        ) : (
          <Text fw={700}>{person.name}</Text>
        )}
        <Badge variant="light" color={person.type === 'PF' ? 'indigo' : 'grape'}>
          {t(`persons.types.${person.type}`)}
        </Badge>
      </Group>
      <Field label={t('attendances.fields.document')}>{person.document ?? none}</Field>
      <Field label={t('attendances.fields.emails')}>{person.emails.length ? person.emails.join(', ') : none}</Field>
      <Field label={t('attendances.fields.phones')}>
        {person.phones.length
          ? person.phones.map((p, i) => (
              <span key={p.e164}>
                {i > 0 && ', '}
                <PhoneCallLink phone={p} personId={person.id} />
              </span>
            ))
          : none}
      </Field>
      <Field label={t('attendances.fields.address')}>
        {person.addresses.length ? person.addresses.map((a, i) => <div key={i}>{addressLine(a)}</div>) : none}
      </Field>
      {/* SPEC PER-04, seed 002 §1.4: the record's "Histórico". */}
      {historyLink && (
        <Anchor component={Link} to={`/persons/${person.id}`} size="sm" aria-label={t('people.history.openOf', { name: person.name })}>
          {t('people.history.open')}
        </Anchor>
      )}
    </Stack>
  );
}

export { Field as DetailField };
