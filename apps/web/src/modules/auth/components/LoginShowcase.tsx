import { Box, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconChartBar, IconCheck, IconMessages, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../../ui/BrandMark';

/** The brand side of the login page, hidden on small screens. */
export function LoginShowcase() {
  const { t } = useTranslation();
  const items = [
    { key: 'channels', icon: <IconMessages size={16} />, text: t('login.highlights.channels') },
    { key: 'protocol', icon: <IconTicket size={16} />, text: t('login.highlights.protocol') },
    { key: 'panels', icon: <IconChartBar size={16} />, text: t('login.highlights.panels') },
  ];
  return (
    <Box
      visibleFrom="md"
      w="42%"
      p={56}
      c="white"
      style={{
        background: `linear-gradient(150deg, var(--mantine-color-indigo-8) 0%, var(--mantine-color-indigo-6) 55%,
          var(--mantine-color-cyan-6) 100%)`,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
      }}
    >
      <BrandMark size="lg" inverted />
      <Stack gap="xl" maw={420}>
        <Text fz={30} fw={650} lh={1.25}>
          {t('app.tagline')}
        </Text>
        <List spacing="md" icon={<IconCheck size={0} />} listStyleType="none">
          {items.map((item) => (
            <List.Item
              key={item.key}
              icon={
                <ThemeIcon variant="white" radius="xl" size={30} aria-hidden>
                  {item.icon}
                </ThemeIcon>
              }
            >
              <Text c="indigo.0">{item.text}</Text>
            </List.Item>
          ))}
        </List>
      </Stack>
      <Text size="xs" c="indigo.1">
        © Atende
      </Text>
    </Box>
  );
}
