import { NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import type { KnowledgeCategory } from '../api';
import { useSaveCategory } from '../hooks';

type Props = { category: KnowledgeCategory | null; categories: KnowledgeCategory[]; onClose: () => void };

/** SPEC KB-01: a "Sessão/Categoria", top level or inside another. */
export function CategoryFormModal({ category, categories, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveCategory();
  const [name, setName] = useState(category?.name ?? '');
  const [parentId, setParentId] = useState<string | null>(category?.parentId ?? null);
  const [position, setPosition] = useState<number>(category?.position ?? 0);
  const [active, setActive] = useState(category?.active ?? true);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (!name.trim()) return;
    save.mutate({ id: category?.id ?? null, body: { name: name.trim(), parentId, position, active } }, { onSuccess: onClose });
  };
  return (
    <FormModal
      title={t(category ? 'knowledge.admin.editCategory' : 'knowledge.admin.newCategory')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      <TextInput
        label={t('knowledge.admin.fields.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={missing ? t('knowledge.admin.required') : undefined}
        maxLength={120}
        required
        data-autofocus
      />
      <Select
        label={t('knowledge.admin.fields.parent')}
        placeholder={t('knowledge.admin.topLevel')}
        data={categories.filter((c) => c.id !== category?.id).map((c) => ({ value: c.id, label: c.name }))}
        value={parentId}
        onChange={setParentId}
        clearable
      />
      <NumberInput label={t('knowledge.admin.fields.position')} value={position} onChange={(v) => setPosition(Number(v) || 0)} min={0} max={10_000} />
      <Switch label={t('knowledge.admin.fields.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </FormModal>
  );
}
