import { ActionIcon, Button, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconBackspace, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dialable } from '../dialable';

const KEYS: [string, string][] = [
  ['1', ''],
  ['2', 'ABC'],
  ['3', 'DEF'],
  ['4', 'GHI'],
  ['5', 'JKL'],
  ['6', 'MNO'],
  ['7', 'PQRS'],
  ['8', 'TUV'],
  ['9', 'WXYZ'],
  ['*', ''],
  ['0', '+'],
  ['#', ''],
];

type Props = { number: string; onChange: (number: string) => void; onCall: (number: string) => void; calling: boolean };

/** SPEC WS-08 "Teclado", VOX-05: type or tap a number or extension, then "Ligar" places the call. */
export function DialerKeypad({ number, onChange, onCall, calling }: Props) {
  const { t } = useTranslation();
  const call = () => onCall(number);
  return (
    <Stack gap="sm">
      <TextInput
        aria-label={t('dialer.number')}
        placeholder={t('dialer.numberPlaceholder')}
        value={number}
        onChange={(e) => onChange(dialable(e.currentTarget.value))}
        onKeyDown={(e) => e.key === 'Enter' && number && call()}
        size="md"
        inputMode="tel"
        styles={{ input: { fontSize: 20, letterSpacing: 1, textAlign: 'center' } }}
        rightSection={
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('dialer.backspace')}
            disabled={!number}
            onClick={() => onChange(number.slice(0, -1))}
          >
            <IconBackspace size={18} />
          </ActionIcon>
        }
        data-autofocus
      />
      <SimpleGrid cols={3} spacing={8} verticalSpacing={8}>
        {KEYS.map(([key, letters]) => (
          <UnstyledButton
            key={key}
            aria-label={key}
            onClick={() => onChange(dialable(number + key))}
            bg="gray.0"
            py={6}
            style={{ borderRadius: 10, border: '1px solid var(--mantine-color-gray-2)', textAlign: 'center' }}
          >
            <Text fz={20} fw={600} lh={1.2}>
              {key}
            </Text>
            <Text fz={9} c="dimmed" lh={1} h={9} style={{ letterSpacing: 1 }}>
              {letters}
            </Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Button color="teal" size="md" leftSection={<IconPhoneCall size={18} />} disabled={!number} loading={calling} onClick={call}>
        {t('dialer.call')}
      </Button>
    </Stack>
  );
}
