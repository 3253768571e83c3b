import type { Me } from '@atende/shared';
import { Avatar } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { me: Pick<Me, 'name' | 'avatarUrl'>; size: number; decorative?: boolean };

/** The user's photo, or their initials when there is none (SPEC WS-01). */
export function ProfileAvatar({ me, size, decorative }: Props) {
  const { t } = useTranslation();
  return (
    <Avatar
      src={me.avatarUrl}
      name={me.name}
      color="initials"
      radius="xl"
      size={size}
      alt={decorative ? '' : t('profile.photoOf', { name: me.name })}
      aria-hidden={decorative || undefined}
    />
  );
}
