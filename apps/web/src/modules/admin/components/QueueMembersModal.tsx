import type { Queue } from '@atende/shared';
import { Button, Group, MultiSelect, NumberInput, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import { useSetQueueMembers } from '../hooks/use-queues';
import { useUsers } from '../hooks/use-users';

const DEFAULT_CAPACITY = 3;

/** "Agentes da fila": who serves the queue and how many contacts each takes at once. */
export function QueueMembersModal({ queue, onClose }: { queue: Queue; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const users = useUsers();
  const save = useSetQueueMembers();
  const [capacity, setCapacity] = useState<Record<string, number>>(() => Object.fromEntries(queue.members.map((m) => [m.userId, m.capacity])));
  const [selected, setSelected] = useState<string[]>(queue.members.map((m) => m.userId));
  const nameOf = (id: string) => users.data?.find((u) => u.id === id)?.name ?? '…';
  // Inactive users stay listed while they are members, so saving does not drop them silently.
  const options = (users.data ?? [])
    .filter((u) => u.active || selected.includes(u.id))
    .map((u) => ({ value: u.id, label: `${u.name} · ${t(`roles.${u.role}`)}` }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const members = selected.map((userId) => ({ userId, capacity: capacity[userId] ?? DEFAULT_CAPACITY }));
    save.mutate(
      { id: queue.id, members },
      {
        onSuccess: () => {
          notify.success(t('queues.membersSaved'));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('queues.membersTitle', { name: queue.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <MultiSelect
            label={t('queues.fields.members')}
            placeholder={t('queues.membersPlaceholder')}
            data={options}
            value={selected}
            onChange={setSelected}
            searchable
            clearable
            hidePickedOptions
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          {selected.length > 0 && (
            <Paper withBorder radius="md" p="sm">
              <Text size="sm" fw={500} mb="xs">
                {t('queues.capacityTitle')}
              </Text>
              <ScrollArea.Autosize mah={280}>
                <Stack gap="xs">
                  {selected.map((id) => (
                    <Group key={id} justify="space-between" wrap="nowrap">
                      <Text size="sm">{nameOf(id)}</Text>
                      <NumberInput
                        aria-label={t('queues.capacityOf', { name: nameOf(id) })}
                        value={capacity[id] ?? DEFAULT_CAPACITY}
                        onChange={(v) => setCapacity((c) => ({ ...c, [id]: typeof v === 'number' ? v : DEFAULT_CAPACITY }))}
                        min={1}
                        max={50}
                        clampBehavior="strict"
                        allowDecimal={false}
                        w={96}
                        size="xs"
                      />
                    </Group>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
              <Text size="xs" c="dimmed" mt="xs">
                {t('queues.hints.capacity')}
              </Text>
            </Paper>
          )}
          <ErrorAlert error={save.error} />
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
