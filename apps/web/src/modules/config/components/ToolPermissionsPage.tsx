import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotify } from '../../../ui/use-notify';
import type { ToolMatrix } from '../api';
import { useSaveToolPermissions, useToolPermissions } from '../hooks/use-tool-permissions';
import { ToolMatrixTable } from './ToolMatrixTable';

const sameMatrix = (a: ToolMatrix, b: ToolMatrix) => JSON.stringify(a) === JSON.stringify(b);

/** SPEC ORG-03 "Permissões de ferramentas": which panel tools each role may use; saved as a whole. */
export function ToolPermissionsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const permissions = useToolPermissions();
  const save = useSaveToolPermissions();
  // The admin's unsaved edits; null = showing what the server has.
  const [draft, setDraft] = useState<ToolMatrix | null>(null);
  const saved = permissions.data?.matrix as ToolMatrix | undefined;
  const matrix = draft ?? saved;
  const dirty = !!draft && !!saved && !sameMatrix(draft, saved);

  const submit = () => {
    if (!draft) return;
    save.mutate(draft, {
      onSuccess: () => {
        setDraft(null);
        notify.success(t('config.tools.saved'));
      },
    });
  };

  return (
    <>
      <PageHeader
        title={t('config.tools.title')}
        subtitle={t('config.tools.subtitle')}
        actions={
          <Group gap="sm">
            <Button variant="default" disabled={!dirty || save.isPending} onClick={() => setDraft(null)}>
              {t('config.tools.discard')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={18} />} disabled={!dirty} loading={save.isPending} onClick={submit}>
              {t('config.tools.save')}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        <ErrorAlert error={permissions.error ?? save.error} />
        {dirty && (
          <Alert color="yellow" variant="light">
            <Text size="sm">{t('config.tools.unsaved')}</Text>
          </Alert>
        )}
        {permissions.data && matrix && (
          <ToolMatrixTable
            tools={permissions.data.tools}
            roles={permissions.data.roles}
            matrix={matrix}
            disabled={save.isPending}
            onChange={(role, tool, allowed) => setDraft({ ...matrix, [role]: { ...matrix[role], [tool]: allowed } })}
          />
        )}
      </Stack>
    </>
  );
}
