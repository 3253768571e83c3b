import { ActionIcon, Tooltip } from '@mantine/core';
import { formAnswerProblems } from '@atende/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { useNotify } from '../../../ui/use-notify';
import type { AttendanceFormFill, FormAnswers } from '../api';
import { useAttendanceForms, useSaveAnswers } from '../forms-hooks';
import { FormFieldInput } from './FormFieldInput';
import { FormIcon } from './FormIcon';

function AnswerModal({ attendanceId, form, onClose }: { attendanceId: string; form: AttendanceFormFill; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveAnswers(attendanceId);
  const [answers, setAnswers] = useState<FormAnswers>(form.answers ?? {});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The server checks the same rules (packages/shared); here they point at the field.
    const found = formAnswerProblems(form.fields, answers);
    setProblems(found);
    if (Object.keys(found).length) return;
    save.mutate(
      { formId: form.id, answers },
      {
        onSuccess: () => {
          notify.success(t('knowledge.forms.saved', { name: form.name }));
          onClose();
        },
      },
    );
  };
  return (
    <FormModal
      title={form.name}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      {form.fields.map((f) => (
        <FormFieldInput
          key={f.key}
          field={f}
          value={answers[f.key]}
          error={problems[f.key] ? t(`knowledge.forms.problem.${problems[f.key] as 'required' | 'invalid'}`) : undefined}
          onChange={(v) => setAnswers((old) => ({ ...old, [f.key]: v }))}
        />
      ))}
    </FormModal>
  );
}

/** SPEC ATT-12: one icon per form the agent's role may fill, next to the script icon. */
export function FormsButtons({ attendanceId }: { attendanceId: string }) {
  const forms = useAttendanceForms(attendanceId);
  const [open, setOpen] = useState<AttendanceFormFill | null>(null);
  return (
    <>
      {forms.data?.map((f) => (
        <Tooltip key={f.id} label={f.name} withArrow openDelay={300}>
          <ActionIcon variant="subtle" color={f.answers ? 'blue' : 'gray'} size={34} aria-label={f.name} onClick={() => setOpen(f)}>
            <FormIcon icon={f.icon} />
          </ActionIcon>
        </Tooltip>
      ))}
      {open && <AnswerModal attendanceId={attendanceId} form={open} onClose={() => setOpen(null)} />}
    </>
  );
}
