import { NumberInput, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { useTeams } from '../../admin/hooks/use-teams';
import { useSlaPolicies } from '../../config/hooks/use-sla-policies';
import type { KnowledgeCategory, KnowledgeItem } from '../api';
import { useSaveItem } from '../hooks';
import { SolutionEditor } from './SolutionEditor';

type Props = { item: KnowledgeItem | null; kind: KnowledgeItem['kind']; categories: KnowledgeCategory[]; onClose: () => void };

/**
 * SPEC KB-01: an information (title, "Solução Proposta", keywords) or a request type (operator
 * guidance, anonymous or identified, attachments, SLA — calendar days (7 by default, the SAC deadline)
 * or one of the organization's SLA policies — and responsible team).
 */
export function ItemFormModal({ item, kind: initialKind, categories, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveItem();
  const teams = useTeams();
  const policies = useSlaPolicies();
  const [kind, setKind] = useState(item?.kind ?? initialKind);
  const [v, setV] = useState({
    categoryId: item?.categoryId ?? categories[0]?.id ?? null,
    title: item?.title ?? '',
    solutionHtml: item?.solutionHtml ?? '',
    keywords: item?.keywords ?? '',
    guidance: item?.guidance ?? '',
    identified: item?.identified ?? false,
    attachmentsAllowed: item?.attachmentsAllowed ?? true,
    slaDays: item?.slaDays ?? 7,
    slaPolicyId: item?.slaPolicyId ?? null,
    teamId: item?.teamId ?? null,
    active: item?.active ?? true,
  });
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));
  const [missing, setMissing] = useState(false);
  const info = kind === 'information';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = !v.title.trim() || !v.categoryId;
    setMissing(bad);
    if (bad) return;
    save.mutate({ id: item?.id ?? null, body: { ...v, categoryId: v.categoryId!, kind, title: v.title.trim() } }, { onSuccess: onClose });
  };
  return (
    <FormModal
      title={t(item ? 'knowledge.admin.editItem' : info ? 'knowledge.admin.newInformation' : 'knowledge.admin.newRequestType')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      {!item && (
        <SegmentedControl
          aria-label={t('knowledge.admin.fields.kind')}
          value={kind}
          onChange={(value) => setKind(value as KnowledgeItem['kind'])}
          data={[
            { value: 'information', label: t('knowledge.kind.information') },
            { value: 'request_type', label: t('knowledge.kind.request_type') },
          ]}
        />
      )}
      <Select
        label={t('knowledge.admin.fields.category')}
        data={categories.map((c) => ({ value: c.id, label: c.name }))}
        value={v.categoryId}
        onChange={(value) => set('categoryId', value)}
        error={missing && !v.categoryId ? t('knowledge.admin.required') : undefined}
        required
      />
      <TextInput
        label={t('knowledge.admin.fields.title')}
        value={v.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={missing && !v.title.trim() ? t('knowledge.admin.required') : undefined}
        maxLength={200}
        required
      />
      <TextInput
        label={t('knowledge.admin.fields.keywords')}
        description={t('knowledge.admin.keywordsHint')}
        value={v.keywords}
        onChange={(e) => set('keywords', e.currentTarget.value)}
        maxLength={500}
      />
      {info ? (
        <SolutionEditor
          label={t('knowledge.information.solution')}
          description={t('knowledge.admin.solutionHint')}
          value={v.solutionHtml}
          onChange={(html) => set('solutionHtml', html)}
        />
      ) : (
        <Stack gap="sm">
          <Textarea
            label={t('knowledge.request.guidance')}
            value={v.guidance}
            onChange={(e) => set('guidance', e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={5_000}
          />
          <Switch
            label={t('knowledge.admin.fields.identified')}
            description={t('knowledge.admin.identifiedHint')}
            checked={v.identified}
            onChange={(e) => set('identified', e.currentTarget.checked)}
          />
          <Switch
            label={t('knowledge.admin.fields.attachments')}
            checked={v.attachmentsAllowed}
            onChange={(e) => set('attachmentsAllowed', e.currentTarget.checked)}
          />
          <Select
            label={t('knowledge.admin.fields.slaPolicy')}
            description={t('knowledge.admin.slaPolicyHint')}
            placeholder={t('knowledge.admin.slaByDays')}
            data={(policies.data ?? [])
              .filter((p) => p.active || p.id === v.slaPolicyId)
              .map((p) => ({ value: p.id, label: `${p.name} (${t(`knowledge.admin.slaModes.${p.mode}`)})` }))}
            value={v.slaPolicyId}
            onChange={(value) => set('slaPolicyId', value)}
            clearable
          />
          {!v.slaPolicyId && (
            <NumberInput
              label={t('knowledge.admin.fields.slaDays')}
              value={v.slaDays}
              onChange={(n) => set('slaDays', Number(n) || 7)}
              min={1}
              max={365}
            />
          )}
          <Select
            label={t('knowledge.admin.fields.team')}
            data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
            value={v.teamId}
            onChange={(value) => set('teamId', value)}
            clearable
          />
        </Stack>
      )}
      <Switch label={t('knowledge.admin.fields.active')} checked={v.active} onChange={(e) => set('active', e.currentTarget.checked)} />
      {!categories.length && (
        <Text size="sm" c="red.7">
          {t('knowledge.admin.needCategory')}
        </Text>
      )}
    </FormModal>
  );
}
