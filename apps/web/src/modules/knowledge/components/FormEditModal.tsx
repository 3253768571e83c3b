import { ActionIcon, Checkbox, Group, MultiSelect, Paper, Select, Stack, Switch, Text, TextInput, Button } from '@mantine/core';
import { formFieldTypes, formIcons, foldText, roles, type Role } from '@atende/shared';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import type { AttendanceForm, FormField } from '../api';
import { useSaveForm } from '../forms-hooks';

type Row = { key: string; label: string; type: FormField['type']; required: boolean; options: string };

/** A field's key from its label, unique in the form ("Número de série" → "numero_de_serie"). */
function keyFor(label: string, taken: Set<string>): string {
  const base =
    foldText(label)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 36) || 'campo';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}

/** SPEC ATT-12: a form's icon, name, fields (with required flags), group, status and roles. */
export function FormEditModal({ form, onClose }: { form: AttendanceForm | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveForm();
  const [name, setName] = useState(form?.name ?? '');
  const [icon, setIcon] = useState(form?.icon ?? 'forms');
  const [group, setGroup] = useState(form?.group ?? '');
  const [allowed, setAllowed] = useState<Role[]>(form?.roles ?? ['agent', 'supervisor', 'admin']);
  const [active, setActive] = useState(form?.active ?? true);
  const [rows, setRows] = useState<Row[]>(
    form?.fields.map((f) => ({ ...f, options: f.options.join(', ') })) ?? [{ key: '', label: '', type: 'text', required: false, options: '' }],
  );
  const [missing, setMissing] = useState(false);
  const setRow = (i: number, change: Partial<Row>) => setRows((old) => old.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = !name.trim() || !rows.length || rows.some((r) => !r.label.trim()) || !allowed.length;
    setMissing(bad);
    if (bad) return;
    const taken = new Set(rows.map((r) => r.key).filter(Boolean));
    const fields = rows.map((r) => ({
      key: r.key || keyFor(r.label, taken),
      label: r.label.trim(),
      type: r.type,
      required: r.required,
      options:
        r.type === 'select'
          ? r.options
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
    }));
    save.mutate(
      {
        id: form?.id ?? null,
        body: { name: name.trim(), icon: icon as (typeof formIcons)[number], group: group.trim(), roles: allowed, active, fields },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <FormModal
      title={t(form ? 'knowledge.forms.edit' : 'knowledge.forms.new')}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('knowledge.forms.fields.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={missing && !name.trim() ? t('knowledge.admin.required') : undefined}
          required
          maxLength={120}
        />
        <Select
          label={t('knowledge.forms.fields.icon')}
          data={formIcons.map((i) => ({ value: i, label: t(`knowledge.forms.icons.${i}`) }))}
          value={icon}
          onChange={(v) => v && setIcon(v)}
          allowDeselect={false}
        />
        <TextInput label={t('knowledge.forms.fields.group')} value={group} onChange={(e) => setGroup(e.currentTarget.value)} maxLength={120} />
      </Group>
      <MultiSelect
        label={t('knowledge.forms.fields.roles')}
        data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={allowed}
        onChange={(v) => setAllowed(v as Role[])}
        error={missing && !allowed.length ? t('knowledge.admin.required') : undefined}
      />
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('knowledge.forms.fields.fields')}
        </Text>
        {rows.map((r, i) => (
          <Paper key={i} withBorder p="xs" radius="md" role="group" aria-label={t('knowledge.forms.fieldN', { n: i + 1 })}>
            <Group align="flex-end" wrap="nowrap" gap="xs">
              <TextInput
                label={t('knowledge.forms.fields.label')}
                value={r.label}
                onChange={(e) => setRow(i, { label: e.currentTarget.value })}
                error={missing && !r.label.trim() ? t('knowledge.admin.required') : undefined}
                style={{ flex: 2 }}
                maxLength={120}
              />
              <Select
                label={t('knowledge.forms.fields.type')}
                data={formFieldTypes.map((type) => ({ value: type, label: t(`knowledge.forms.types.${type}`) }))}
                value={r.type}
                onChange={(v) => v && setRow(i, { type: v as Row['type'] })}
                allowDeselect={false}
                style={{ flex: 1 }}
              />
              {r.type === 'select' && (
                <TextInput
                  label={t('knowledge.forms.fields.options')}
                  value={r.options}
                  onChange={(e) => setRow(i, { options: e.currentTarget.value })}
                  style={{ flex: 2 }}
                />
              )}
              <Checkbox
                label={t('knowledge.forms.fields.required')}
                checked={r.required}
                onChange={(e) => setRow(i, { required: e.currentTarget.checked })}
                mb={8}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('knowledge.forms.removeField')}
                onClick={() => setRows((old) => old.filter((_, j) => j !== i))}
                mb={4}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setRows((old) => [...old, { key: '', label: '', type: 'text', required: false, options: '' }])}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('knowledge.forms.addField')}
        </Button>
      </Stack>
      <Switch label={t('knowledge.admin.fields.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </FormModal>
  );
}
