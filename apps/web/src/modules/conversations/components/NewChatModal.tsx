import { MultiSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { useCreateChat, usePeople } from '../hooks';

// SPEC ALR-04 "Nova conversa": a group (name and members) or a direct chat with one person.
export function NewChatModal({ meId, onClose, onCreated }: { meId: string; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'group' | 'direct'>('group');
  const [name, setName] = useState('');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [userId, setUserId] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const people = usePeople('');
  const create = useCreateChat();
  const options = (people.data?.items ?? []).filter((p) => p.id !== meId).map((p) => ({ value: p.id, label: p.name }));
  const invalid = kind === 'group' ? !name.trim() : !userId;

  return (
    <FormModal
      title={t('conversations.newChat.title')}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (invalid) return;
        const body = kind === 'group' ? { kind, name: name.trim(), memberIds } : { kind, userId: userId! };
        create.mutate(body, { onSuccess: (chat) => onCreated(chat.id) });
      }}
      error={create.error}
      showError={Boolean(create.error)}
      pending={create.isPending}
      submitLabel={t('conversations.newChat.create')}
    >
      <SegmentedControl
        aria-label={t('conversations.newChat.type')}
        value={kind}
        onChange={(v) => setKind(v as 'group' | 'direct')}
        data={[
          { value: 'group', label: t('conversations.newChat.group') },
          { value: 'direct', label: t('conversations.newChat.direct') },
        ]}
      />
      {kind === 'group' ? (
        <>
          <TextInput
            label={t('conversations.newChat.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={touched && !name.trim() ? t('common.required') : undefined}
            data-autofocus
          />
          <MultiSelect label={t('conversations.newChat.members')} data={options} value={memberIds} onChange={setMemberIds} searchable />
        </>
      ) : (
        <Select
          label={t('conversations.newChat.person')}
          required
          data={options}
          value={userId}
          onChange={setUserId}
          searchable
          error={touched && !userId ? t('common.required') : undefined}
        />
      )}
    </FormModal>
  );
}
