import { ActionIcon, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconScript } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAttendanceScripts } from '../hooks';

/** SPEC ATT-11: "Script de Atendimento" from the bottom left of the attendance, placeholders filled. */
export function ScriptButton({ attendanceId }: { attendanceId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const scripts = useAttendanceScripts(attendanceId, open);
  return (
    <>
      <Tooltip label={t('knowledge.scripts.open')} withArrow openDelay={300}>
        <ActionIcon variant="subtle" color="gray" size={34} aria-label={t('knowledge.scripts.open')} onClick={() => setOpen(true)}>
          <IconScript size={20} />
        </ActionIcon>
      </Tooltip>
      {open && (
        <AppModal opened onClose={() => setOpen(false)} title={t('knowledge.scripts.open')} size="lg">
          {scripts.isPending && <Loader size="sm" />}
          <ErrorAlert error={scripts.error} />
          {scripts.data && !scripts.data.length && (
            <Text size="sm" c="dimmed">
              {t('knowledge.scripts.none')}
            </Text>
          )}
          <Stack gap="sm">
            {scripts.data?.map((s) => (
              <Paper key={s.id} withBorder p="sm" radius="md" role="article" aria-label={s.title}>
                <Title order={3} fz="sm" mb={4}>
                  {s.title}
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        </AppModal>
      )}
    </>
  );
}
