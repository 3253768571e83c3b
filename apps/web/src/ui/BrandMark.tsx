import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconHeadset } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function BrandMark({ size = 'md', inverted = false }: { size?: 'md' | 'lg'; inverted?: boolean }) {
  const { t } = useTranslation();
  const big = size === 'lg';
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon size={big ? 44 : 34} radius="md" variant={inverted ? 'white' : 'filled'} aria-hidden>
        <IconHeadset size={big ? 26 : 20} stroke={1.8} />
      </ThemeIcon>
      <Text fw={700} fz={big ? 26 : 20} c={inverted ? 'white' : undefined} lh={1}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
