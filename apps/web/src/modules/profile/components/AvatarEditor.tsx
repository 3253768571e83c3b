import type { Me } from '@atende/shared';
import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AVATAR_TYPES } from '../avatar-file';
import { useAvatar } from '../hooks/use-profile';
import { ProfileAvatar } from './ProfileAvatar';

/** Upload (PNG, JPEG or WebP up to 1 MB) or remove the profile photo; takes effect at once. */
export function AvatarEditor({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { upload, remove } = useAvatar();
  const error = upload.error ?? remove.error;
  return (
    <Stack gap="sm">
      <Group gap="lg" wrap="nowrap">
        <ProfileAvatar me={me} size={84} />
        <Stack gap={6}>
          <Group gap="xs">
            <FileButton
              accept={AVATAR_TYPES.join(',')}
              onChange={(file) => {
                remove.reset();
                if (file) upload.mutate(file);
              }}
            >
              {(props) => (
                <Button {...props} variant="light" size="xs" leftSection={<IconPhotoUp size={16} />} loading={upload.isPending}>
                  {t('profile.changePhoto')}
                </Button>
              )}
            </FileButton>
            {me.avatarUrl && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<IconTrash size={16} />}
                loading={remove.isPending}
                onClick={() => {
                  upload.reset();
                  remove.mutate();
                }}
              >
                {t('profile.removePhoto')}
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('profile.photoHint')}
          </Text>
        </Stack>
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}
