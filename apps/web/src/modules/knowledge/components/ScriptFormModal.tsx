import { MultiSelect, Switch, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { useCompanies } from '../../admin/hooks/use-queues';
import type { AttendanceScript } from '../api';
import { useSaveScript } from '../hooks';

/** SPEC ATT-11: a script's title, text with placeholders, companies (none: all) and status. */
export function ScriptFormModal({ script, onClose }: { script: AttendanceScript | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveScript();
  const companies = useCompanies();
  const [title, setTitle] = useState(script?.title ?? '');
  const [body, setBody] = useState(script?.body ?? '');
  const [companyIds, setCompanyIds] = useState<string[]>(script?.companyIds ?? []);
  const [active, setActive] = useState(script?.active ?? true);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = !title.trim() || !body.trim();
    setMissing(bad);
    if (bad) return;
    save.mutate({ id: script?.id ?? null, body: { title: title.trim(), body: body.trim(), companyIds, active } }, { onSuccess: onClose });
  };
  return (
    <FormModal
      title={t(script ? 'knowledge.scripts.edit' : 'knowledge.scripts.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      <TextInput
        label={t('knowledge.scripts.fields.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={missing && !title.trim() ? t('knowledge.admin.required') : undefined}
        maxLength={200}
        required
        data-autofocus
      />
      <Textarea
        label={t('knowledge.scripts.fields.body')}
        description={t('knowledge.scripts.placeholders')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={missing && !body.trim() ? t('knowledge.admin.required') : undefined}
        autosize
        minRows={4}
        maxLength={20_000}
        required
      />
      <MultiSelect
        label={t('knowledge.scripts.fields.companies')}
        placeholder={companyIds.length ? undefined : t('knowledge.scripts.allCompanies')}
        data={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={companyIds}
        onChange={setCompanyIds}
        clearable
      />
      <Switch label={t('knowledge.admin.fields.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </FormModal>
  );
}
