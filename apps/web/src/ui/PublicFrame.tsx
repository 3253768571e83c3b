import { Box, Group, SegmentedControl, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

/**
 * The frame of the customers' public pages (PLT-05 "Consulta", PER-06 portal): the brand, a
 * Português/English switch, and the page's content in a narrow column that fits a phone.
 */
export function PublicFrame({ width, languageLabel, children }: { width: number; languageLabel: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 48 }} px="md">
      <Stack maw={width} mx="auto" gap="lg">
        <Group justify="space-between">
          <BrandMark />
          <SegmentedControl
            size="xs"
            aria-label={languageLabel}
            value={i18n.language === 'en' ? 'en' : 'pt-BR'}
            onChange={(v) => void i18n.changeLanguage(v)}
            data={[
              { value: 'pt-BR', label: 'Português' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Group>
        {children}
      </Stack>
    </Box>
  );
}
