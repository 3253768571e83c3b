import { Button, Menu, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../../ui/AppModal';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import { useNotify } from '../../../../ui/use-notify';
import type { Query } from '../../api';
import { downloadExport, type ExportFormat, type ExportProgress } from '../../export-download';

type Props = { url: string; query: Query; columns: string[]; total: number | undefined };

/** "Exportar" → CSV or XLSX of the grid as filtered, with a progress bar while it streams. */
export function ExportMenu({ url, query, columns, total }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [running, setRunning] = useState<{ format: ExportFormat; progress: ExportProgress } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  const start = (format: ExportFormat) => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setRunning({ format, progress: { bytes: 0, rows: 0, totalBytes: null } });
    // Every row of the filtered grid, not just the page on screen.
    const { page: _page, pageSize: _size, ...filters } = query;
    downloadExport(url, { ...filters, columns: columns.join(',') }, format, (progress) => setRunning({ format, progress }), controller.signal)
      .then(() => {
        notify.success(t('panels.exportDialog.done'));
        setRunning(null);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err);
      });
  };
  const cancel = () => {
    abort.current?.abort();
    setRunning(null);
    setError(null);
  };

  const p = running?.progress;
  const percent =
    p && running.format === 'csv' && total
      ? Math.min(100, (p.rows / total) * 100)
      : p?.totalBytes
        ? Math.min(100, (p.bytes / p.totalBytes) * 100)
        : null;

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconDownload size={16} />}>
            {t('panels.tools.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => start('csv')}>{t('panels.tools.exportCsv')}</Menu.Item>
          <Menu.Item onClick={() => start('xlsx')}>{t('panels.tools.exportXlsx')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {(running || error) && (
        <AppModal opened onClose={cancel} title={t('panels.exportDialog.title')}>
          <Stack gap="sm">
            <ErrorAlert error={error} />
            {running && p && (
              <>
                <Progress value={percent ?? 100} animated={percent === null} aria-label={t('panels.exportDialog.title')} />
                <Text size="sm" c="dimmed">
                  {running.format === 'csv' && total
                    ? t('panels.exportDialog.progress', { done: Math.min(p.rows, total), total })
                    : t('panels.exportDialog.bytes', { kb: Math.round(p.bytes / 1024) })}
                </Text>
              </>
            )}
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
          </Stack>
        </AppModal>
      )}
    </>
  );
}
