import type { Person, PersonType } from '@atende/shared';
import { formatDocument } from '@atende/shared/br/documents';
import { Button, Divider, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import { useSavePerson } from '../hooks/use-persons';
import { emptyAddress, serverProblems, toPersonInput, validatePerson, type PersonValues, type Problems } from '../person-form';
import { problemText } from '../problem-text';
import { AddressFields } from './AddressFields';
import { ListFields } from './ListFields';
import { useFieldsForType } from '../person-fields-api';
import { CustomFields } from './CustomFields';
import { ExternalLookupButton } from './ExternalLookupButton';

type Props = {
  /** The person being edited; null registers a new one from `initial`. */
  person: Person | null;
  initial: PersonValues;
  onClose: () => void;
  onSaved?: (person: Person) => void;
};

/** SPEC PER-02: register ("+") or edit a person, with a message beside every field that is wrong. */
export function PersonFormModal({ person, initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSavePerson();
  const typeLabel = useId();
  const [values, setValues] = useState<PersonValues>(initial);
  const [problems, setProblems] = useState<Problems>({});
  const customFields = useFieldsForType(values.type);
  const set = <K extends keyof PersonValues>(key: K, value: PersonValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const fieldError = (path: string) => problemText(t, problems[path]);
  // A 400 or 409 is shown beside the fields; anything else above the buttons.
  const onFields = isApiError(save.error) && (save.error.code === 'VALIDATION_FAILED' || save.error.code === 'PERSON_DOCUMENT_TAKEN');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePerson(values, customFields);
    setProblems(found);
    if (Object.keys(found).length) return;
    const { body, sentIndex } = toPersonInput(values);
    save.mutate(
      { id: person?.id ?? null, body },
      {
        onSuccess: (saved) => {
          notify.success(t(person ? 'persons.form.updated' : 'persons.form.created'));
          onSaved?.(saved);
          onClose();
        },
        onError: (err) => setProblems(serverProblems(err, values.type, sentIndex)),
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t(person ? 'persons.form.editTitle' : 'persons.form.newTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Stack gap={4}>
              <Text size="sm" fw={500} id={typeLabel}>
                {t('persons.form.type')}
              </Text>
              <SegmentedControl
                aria-labelledby={typeLabel}
                value={values.type}
                onChange={(v) => set('type', v as PersonType)}
                data={(['PF', 'PJ'] as const).map((v) => ({ value: v, label: t(`persons.types.${v}`) }))}
              />
            </Stack>
            <TextInput
              label={t('persons.form.document')}
              description={t(`persons.form.documentHint.${values.type}`)}
              value={values.document}
              onChange={(e) => set('document', e.currentTarget.value)}
              onBlur={() => values.document.trim() && set('document', formatDocument(values.document.trim()))}
              error={fieldError('document')}
              maxLength={32}
            />
          </SimpleGrid>
          <ExternalLookupButton values={values} onFill={setValues} />
          <TextInput
            label={t('persons.form.name')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={fieldError('name')}
            maxLength={200}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ListFields kind="emails" values={values.emails} problems={problems} onChange={(v) => set('emails', v)} />
            <ListFields kind="phones" values={values.phones} problems={problems} onChange={(v) => set('phones', v)} />
          </SimpleGrid>
          <Divider label={t('persons.form.addresses')} labelPosition="left" />
          {values.addresses.map((address, i) => (
            <AddressFields
              key={i}
              index={i}
              value={address}
              problems={problems}
              onChange={(next) =>
                set(
                  'addresses',
                  values.addresses.map((a, j) => (j === i ? next : a)),
                )
              }
              onRemove={() =>
                set(
                  'addresses',
                  values.addresses.filter((_, j) => j !== i),
                )
              }
            />
          ))}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => set('addresses', [...values.addresses, emptyAddress()])}
            >
              {t('persons.form.addAddress')}
            </Button>
          </Group>
          <CustomFields
            fields={customFields}
            values={values.custom}
            errors={(key) => fieldError(`custom.${key}`)}
            onChange={(v) => set('custom', v)}
          />
          {!onFields && <ErrorAlert error={save.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
