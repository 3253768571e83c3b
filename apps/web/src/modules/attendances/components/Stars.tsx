import { Group, Text } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** SPEC ATT-08: a 1–5 rating as stars, named "5 estrelas" for screen readers and tests. */
export function Stars({ rating, size = 16 }: { rating: number | null; size?: number }) {
  const { t } = useTranslation();
  if (!rating) {
    return (
      <Text span size="sm" c="dimmed">
        {t('attendances.noRating')}
      </Text>
    );
  }
  return (
    <Group gap={1} wrap="nowrap" role="img" aria-label={t('attendances.stars', { count: rating })} c="yellow.6" display="inline-flex">
      {[1, 2, 3, 4, 5].map((n) =>
        n <= rating ? (
          <IconStarFilled key={n} size={size} aria-hidden />
        ) : (
          <IconStar key={n} size={size} aria-hidden color="var(--mantine-color-gray-4)" />
        ),
      )}
    </Group>
  );
}
