import { defaultPreChat, type Channel, type ChannelType } from '@atende/shared';
import { Select, Switch, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrors } from '../../../ui/field-errors';
import { useFormValues } from '../../../ui/use-form-values';
import { useNotify } from '../../../ui/use-notify';
import { useSaveChannel } from '../hooks/use-channels';
import { useQueues } from '../hooks/use-queues';
import { ChannelSecret } from './ChannelSecret';
import { ChannelToken } from './ChannelToken';
import { PreChatFields } from './PreChatFields';
import { VoiceCallsField } from './VoiceCallsField';
import { WidgetSnippet } from './WidgetSnippet';

// Every type the server knows: the compiler complains here when the server adds one.
const typeList = { webchat: 0, whatsapp: 1, telegram: 2, messenger: 3, instagram: 4, email: 5, api: 6, voice: 7 } satisfies Record<
  ChannelType,
  number
>;
const channelTypes = Object.keys(typeList) as ChannelType[];

const codeFields = { QUEUE_KIND_MISMATCH: 'queueId', QUEUE_NOT_FOUND: 'queueId' };

/** Create a channel (its type is fixed from then on) or rename, move or (de)activate it. */
export function ChannelFormModal({ channel, onClose }: { channel: Channel | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveChannel();
  const queues = useQueues();
  const { values, set } = useFormValues({
    name: channel?.name ?? '',
    type: channel?.type ?? ('webchat' as ChannelType),
    queueId: channel?.queueId ?? null,
    active: channel?.active ?? true,
    preChat: channel?.preChat ?? defaultPreChat,
    voiceQueueId: channel?.voiceQueueId ?? (null as string | null),
  });
  const errors = fieldErrors(t, save.error, codeFields);
  const onField = isApiError(save.error) && save.error.code in codeFields;
  // Voice channels feed voice queues; every other channel feeds a chat queue.
  const queueKind = values.type === 'voice' ? 'voice' : 'chat';
  const queueOptions = (queues.data ?? [])
    .filter((q) => q.kind === queueKind || q.id === values.queueId)
    .map((q) => ({ value: q.id, label: q.name }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = values.name.trim();
    const queueId = values.queueId ?? '';
    // CH-01: only WebChat has a pre-chat form.
    const preChat = values.type === 'webchat' ? values.preChat : undefined;
    // VOX-06 (a): only WebChat visitors call from the widget.
    const voiceQueueId = values.type === 'webchat' ? values.voiceQueueId : undefined;
    const input = channel
      ? { id: channel.id, body: { name, queueId, active: values.active, preChat, voiceQueueId } }
      : { id: null, body: { name, type: values.type, queueId, preChat, voiceQueueId } };
    save.mutate(input, {
      onSuccess: () => {
        notify.success(t(channel ? 'channels.updated' : 'channels.created'));
        onClose();
      },
    });
  };

  return (
    <FormModal
      title={t(channel ? 'channels.editTitle' : 'channels.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!onField}
      pending={save.isPending}
      submitLabel={t(channel ? 'common.save' : 'common.create')}
    >
      <TextInput
        label={t('channels.fields.name')}
        value={values.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={errors.name}
        maxLength={80}
        required
        data-autofocus
      />
      <Select
        label={t('channels.fields.type')}
        description={channel ? t('channels.hints.typeFixed') : undefined}
        data={channelTypes.map((type) => ({ value: type, label: t(`channels.types.${type}`) }))}
        value={values.type}
        onChange={(v) => v && set('type')(v as ChannelType)}
        allowDeselect={false}
        disabled={!!channel}
        error={errors.type}
      />
      <Select
        label={t('channels.fields.queue')}
        description={t('channels.hints.queue')}
        placeholder={t('channels.queuePlaceholder')}
        data={queueOptions}
        value={values.queueId}
        onChange={set('queueId')}
        allowDeselect={false}
        error={errors.queueId}
        required
      />
      {values.type === 'webchat' && <PreChatFields value={values.preChat} onChange={set('preChat')} />}
      {values.type === 'webchat' && <VoiceCallsField value={values.voiceQueueId} onChange={set('voiceQueueId')} queues={queues.data ?? []} />}
      {channel && (
        <>
          <ChannelToken token={channel.token} withLabel />
          {channel.type === 'webchat' && <WidgetSnippet token={channel.token} />}
          <ChannelSecret channelId={channel.id} />
          <Switch label={t('channels.fields.active')} checked={values.active} onChange={(e) => set('active')(e.currentTarget.checked)} />
        </>
      )}
    </FormModal>
  );
}
