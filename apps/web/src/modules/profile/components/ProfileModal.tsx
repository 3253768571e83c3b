import type { Me } from '@atende/shared';
import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { ProfileAvatar } from './ProfileAvatar';
import { ProfileEditForm } from './ProfileEditForm';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} ta="right" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </Group>
  );
}

/** SPEC WS-01 "Meu Perfil": photo, name, e-mail and extension; "Editar Perfil" changes photo and name. */
export function ProfileModal({ me, opened, onClose }: { me: Me; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    onClose();
  };
  return (
    <AppModal opened={opened} onClose={close} title={t(editing ? 'profile.editTitle' : 'profile.title')}>
      {editing ? (
        <ProfileEditForm me={me} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="md">
          <Stack align="center" gap={6}>
            <ProfileAvatar me={me} size={96} />
            <Title order={3} fz={20} ta="center">
              {me.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`roles.${me.role}`)} · {me.organizationName}
            </Text>
          </Stack>
          <Divider />
          <Stack gap="xs">
            <Field label={t('profile.email')} value={me.email} />
            <Field label={t('profile.extension')} value={me.extension ?? '—'} />
          </Stack>
          <Group justify="flex-end">
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-autofocus>
              {t('profile.edit')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
