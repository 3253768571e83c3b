import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeadset } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { PageHeader } from '../../../ui/PageHeader';

/** Placeholder home; the attendance workspace replaces it (SPEC WS-09). */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('home.title')} />
      <Paper withBorder radius="lg" p="xl">
        <Stack align="flex-start" gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconHeadset size={26} />
          </ThemeIcon>
          <Title order={2} fz={20}>
            {t('home.welcome', { name: me.name.split(' ')[0] })}
          </Title>
          <Text c="dimmed">{t('home.text')}</Text>
        </Stack>
      </Paper>
    </>
  );
}
