import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problems } from '../person-form';
import { problemText } from '../problem-text';

type Props = {
  kind: 'emails' | 'phones';
  values: string[];
  problems: Problems;
  onChange: (values: string[]) => void;
};

const labels = {
  emails: { title: 'persons.form.emails', item: 'persons.form.email', add: 'persons.form.addEmail' },
  phones: { title: 'persons.form.phones', item: 'persons.form.phone', add: 'persons.form.addPhone' },
} as const;

/** "E-mails" and "Telefones" (SPEC PER-02): as many boxes as the person has, each named "E-mail 1"… */
export function ListFields({ kind, values, problems, onChange }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const l = labels[kind];
  const set = (i: number, v: string) => onChange(values.map((x, j) => (j === i ? v : x)));
  return (
    <Stack gap={6} role="group" aria-labelledby={titleId}>
      <Text size="sm" fw={500} id={titleId}>
        {t(l.title)}
      </Text>
      {values.map((value, i) => {
        const name = t(l.item, { n: i + 1 });
        return (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={name}
              type={kind === 'emails' ? 'email' : 'tel'}
              inputMode={kind === 'emails' ? 'email' : 'tel'}
              placeholder={kind === 'emails' ? t('persons.form.emailPlaceholder') : '(11) 98765-4321'}
              value={value}
              onChange={(e) => set(i, e.currentTarget.value)}
              error={problemText(t, problems[`${kind}.${i}`])}
              style={{ flex: 1 }}
            />
            {values.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size={36}
                aria-label={t('persons.form.remove', { item: name })}
                onClick={() => onChange(values.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => onChange([...values, ''])}>
          {t(l.add)}
        </Button>
      </Group>
    </Stack>
  );
}
