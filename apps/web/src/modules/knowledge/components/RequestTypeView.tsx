import { Alert, Badge, Button, FileInput, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconPaperclip } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { uploadAttachment } from '../../attendances/api';
import type { KnowledgeItem, ServiceRequest } from '../api';
import { useRegisterRequest } from '../hooks';

type Props = { attendanceId: string; item: KnowledgeItem; canAct: boolean; onBack: () => void };

/**
 * SPEC KB-03 "Registrar Solicitação": the operator guidance first, a required description, optional
 * attachments; the new request's own protocol is shown once registered.
 */
export function RequestTypeView({ attendanceId, item, canAct, onBack }: Props) {
  const { t } = useTranslation();
  const register = useRegisterRequest(attendanceId);
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [done, setDone] = useState<ServiceRequest | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = description.trim();
    setMissing(!text);
    if (!text) return;
    setUploadError(null);
    let attachmentIds: string[] = [];
    if (files.length) {
      setUploading(true);
      try {
        attachmentIds = (await Promise.all(files.map((f) => uploadAttachment(attendanceId, f)))).map((a) => a.id);
      } catch (err) {
        setUploadError(err);
        return;
      } finally {
        setUploading(false);
      }
    }
    register.mutate(
      { requestTypeId: item.id, description: text, attachmentIds },
      {
        onSuccess: (request) => {
          setDone(request);
          setDescription('');
          setFiles([]);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconArrowLeft size={14} />} onClick={onBack}>
          {t('knowledge.back')}
        </Button>
        <Group gap={4}>
          <Badge color="green" variant="light">
            {t('knowledge.kind.request_type')}
          </Badge>
          <Badge color="gray" variant="outline">
            {t(item.identified ? 'knowledge.request.identified' : 'knowledge.request.anonymous')}
          </Badge>
        </Group>
      </Group>
      <Title order={3} fz="md">
        {item.title}
      </Title>
      {item.guidance && (
        <Paper withBorder p="sm" radius="md" bg="green.0" role="note" aria-label={t('knowledge.request.guidance')}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
            {t('knowledge.request.guidance')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.guidance}
          </Text>
        </Paper>
      )}
      {done && (
        <Alert color="green" icon={<IconCheck size={18} />} role="status" title={t('knowledge.request.done')}>
          {t('knowledge.request.protocol', { protocol: done.protocol })}
        </Alert>
      )}
      {canAct && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t('knowledge.request.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={missing ? t('knowledge.request.descriptionRequired') : undefined}
              autosize
              minRows={3}
              maxLength={10_000}
              required
            />
            {item.attachmentsAllowed && (
              <FileInput
                label={t('knowledge.request.attachments')}
                placeholder={t('knowledge.request.attachmentsPlaceholder')}
                leftSection={<IconPaperclip size={14} />}
                multiple
                clearable
                value={files}
                onChange={setFiles}
              />
            )}
            <ErrorAlert error={uploadError ?? register.error} />
            <Button type="submit" color="green" loading={uploading || register.isPending}>
              {t('knowledge.request.register')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
