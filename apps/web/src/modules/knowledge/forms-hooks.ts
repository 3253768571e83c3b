import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { attendanceKeys } from '../attendances/api';
import { attendanceForms, createForm, formKeys, listForms, saveFormAnswers, updateForm, type FormAnswers, type FormInput } from './api';

// SPEC ATT-12: the admin's forms and an attendance's answers.
export function useForms() {
  return useQuery({ queryKey: formKeys.all, queryFn: ({ signal }) => listForms(signal), select: (d) => d.items });
}

export function useSaveForm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: FormInput }) => (id ? updateForm(id, body) : createForm(body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: formKeys.all }),
  });
}

export function useAttendanceForms(attendanceId: string) {
  return useQuery({
    queryKey: formKeys.attendance(attendanceId),
    queryFn: ({ signal }) => attendanceForms(attendanceId, signal),
    select: (d) => d.items,
  });
}

export function useSaveAnswers(attendanceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ formId, answers }: { formId: string; answers: FormAnswers }) => saveFormAnswers(attendanceId, formId, answers),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: formKeys.attendance(attendanceId) }),
        qc.invalidateQueries({ queryKey: attendanceKeys.detail(attendanceId) }),
      ]),
  });
}
