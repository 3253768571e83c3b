import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { value: number | null; onChange: (rating: number) => void; invalid?: boolean };

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Five buttons named "1 estrela"…"5 estrelas", large enough for a thumb; the chosen one is pressed. */
export function StarPicker({ value, onChange, invalid }: Props) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value ?? 0;
  return (
    <div>
      <Group gap={4} justify="center" role="group" aria-label={t('survey.ratingGroup')} wrap="nowrap" onMouseLeave={() => setHover(null)}>
        {RATINGS.map((n) => (
          <UnstyledButton
            key={n}
            aria-label={t('survey.star', { count: n })}
            aria-pressed={value === n}
            onClick={() => onChange(n)}
            onMouseEnter={() => setHover(n)}
            onFocus={() => setHover(n)}
            onBlur={() => setHover(null)}
            w={52}
            h={52}
            style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', borderRadius: 12, transition: 'transform 80ms' }}
          >
            {/* One icon whose colours change: swapping elements under the pointer would lose the click. */}
            <IconStarFilled
              size={38}
              aria-hidden
              style={{ pointerEvents: 'none' }}
              color={n <= shown ? 'var(--mantine-color-yellow-5)' : invalid ? 'var(--mantine-color-red-2)' : 'var(--mantine-color-gray-3)'}
            />
          </UnstyledButton>
        ))}
      </Group>
      <Text ta="center" size="sm" c={shown ? 'yellow.8' : 'dimmed'} fw={600} h={22} mt={4} aria-live="polite">
        {shown ? t(`survey.labels.r${shown as 1 | 2 | 3 | 4 | 5}`) : ''}
      </Text>
    </div>
  );
}
