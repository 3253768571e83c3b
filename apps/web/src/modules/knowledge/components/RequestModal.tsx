import { Badge, Button, Divider, Group, Loader, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { requestStatuses } from '@atende/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { CommentVia, RequestStatus } from '../api';
import { useChannelName } from '../../attendances/components/ChannelIcon';
import { useChangeRequest, useRequest } from '../hooks';

const statusColor: Record<RequestStatus, string> = { open: 'blue', in_progress: 'yellow', answered: 'teal', closed: 'gray' };

/** SPEC KB-03: one request — its data, lifecycle and comments. */
export function RequestModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const request = useRequest(id);
  const change = useChangeRequest(id);
  const [comment, setComment] = useState('');
  const [via, setVia] = useState<CommentVia>('comment');
  const channelName = useChannelName();
  const r = request.data;
  // SPEC KB-03: where a reply can go besides an internal comment.
  const vias: CommentVia[] = r
    ? ['comment', ...(r.channelReply.available ? (['channel'] as const) : []), ...(r.emailReply.available ? (['email'] as const) : [])]
    : [];
  const chosen: CommentVia = vias.includes(via) ? via : 'comment';
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  return (
    <AppModal opened onClose={onClose} title={r ? `${t('knowledge.requests.one')} ${r.protocol}` : t('knowledge.requests.one')} size="lg">
      {request.isPending && <Loader size="sm" />}
      <ErrorAlert error={request.error} />
      {r && (
        <Stack gap="md">
          <Group gap="xs">
            <Badge color="green" variant="light">
              {r.title}
            </Badge>
            <Badge color={statusColor[r.status]} variant="light">
              {t(`knowledge.status.${r.status}`)}
            </Badge>
          </Group>
          <SimpleGrid cols={2} spacing="sm">
            <Text size="sm">
              <b>{t('knowledge.requests.person')}:</b> {r.personName ?? t('knowledge.request.anonymous')}
            </Text>
            <Text size="sm">
              <b>{t('knowledge.requests.due')}:</b> {when(r.dueAt)}{' '}
              {r.late && (
                <Badge color="red" variant="light">
                  {t('knowledge.requests.late')}
                </Badge>
              )}
            </Text>
          </SimpleGrid>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {r.description}
          </Text>
          <Select
            label={t('knowledge.requests.status')}
            data={requestStatuses.map((s) => ({ value: s, label: t(`knowledge.status.${s}`) }))}
            value={r.status}
            onChange={(v) => v && change.mutate({ status: v as RequestStatus })}
            allowDeselect={false}
          />
          <Divider label={t('knowledge.requests.comments')} labelPosition="left" />
          {r.comments.map((c) => (
            <Stack key={c.id} gap={0}>
              <Text size="xs" c="dimmed">
                {c.authorName ?? '—'} · {when(c.createdAt)}
                {c.deliveredVia === 'email' && ` · ${t('requestReply.sentByEmail', { to: c.deliveredTo })}`}
                {c.deliveredVia === 'channel' && ` · ${t('requestReply.sentByChannel', { channel: channelName(c.deliveredTo ?? '') })}`}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.body}
              </Text>
            </Stack>
          ))}
          {vias.length > 1 && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="request-reply-via">
                {t('requestReply.via')}
              </Text>
              <SegmentedControl
                aria-labelledby="request-reply-via"
                value={chosen}
                onChange={(v) => setVia(v as CommentVia)}
                data={vias.map((v) => ({
                  value: v,
                  label:
                    v === 'channel' ? t('requestReply.channel', { channel: channelName(r.channelReply.channelType ?? '') }) : t(`requestReply.${v}`),
                }))}
              />
              {chosen === 'email' && (
                <Text size="xs" c="dimmed">
                  {t('requestReply.emailTo', { to: r.emailReply.to })}
                </Text>
              )}
              {chosen === 'channel' && (
                <Text size="xs" c="dimmed">
                  {t('requestReply.channelTo', { channel: channelName(r.channelReply.channelType ?? '') })}
                </Text>
              )}
            </Stack>
          )}
          {r.channelReply.reason === 'window_closed' && (
            <Text size="xs" c="dimmed">
              {t('requestReply.windowClosed', { channel: channelName(r.channelReply.channelType ?? '') })}
            </Text>
          )}
          <Textarea
            label={t('knowledge.requests.newComment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={5_000}
          />
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button
              disabled={!comment.trim()}
              loading={change.isPending}
              onClick={() => change.mutate({ comment: comment.trim(), via: chosen }, { onSuccess: () => setComment('') })}
            >
              {t('knowledge.requests.addComment')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
