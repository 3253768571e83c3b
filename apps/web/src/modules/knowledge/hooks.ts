import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { attendanceKeys } from '../attendances/api';
import {
  attendanceKnowledge,
  attendanceScripts,
  commentRequest,
  createCategory,
  createItem,
  createScript,
  getRequest,
  getTree,
  knowledgeKeys,
  listRequests,
  listScripts,
  registerInformation,
  registerRequest,
  updateCategory,
  updateItem,
  updateRequest,
  updateScript,
  type CategoryInput,
  type ItemInput,
  type RequestFilter,
  type CommentVia,
  type RequestStatus,
  type ScriptInput,
} from './api';

/** SPEC KB-01: the tree, or with a search text the items matching it (accent-insensitive, on the server). */
export function useKnowledgeTree(q = '') {
  return useQuery({ queryKey: knowledgeKeys.tree(q), queryFn: ({ signal }) => getTree(q, signal) });
}

export function useSaveCategory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CategoryInput }) => (id ? updateCategory(id, body) : createCategory(body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: knowledgeKeys.trees }),
  });
}

export function useSaveItem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ItemInput }) => {
      if (!id) return createItem(body);
      const { kind: _kind, ...rest } = body;
      return updateItem(id, rest);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: knowledgeKeys.trees }),
  });
}

/** ATT-07: the information given and the requests registered in the attendance. */
export function useAttendanceKnowledge(attendanceId: string) {
  return useQuery({ queryKey: knowledgeKeys.attendance(attendanceId), queryFn: ({ signal }) => attendanceKnowledge(attendanceId, signal) });
}

function useInvalidateAttendance(attendanceId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: knowledgeKeys.attendance(attendanceId) }),
      qc.invalidateQueries({ queryKey: attendanceKeys.detail(attendanceId) }),
      qc.invalidateQueries({ queryKey: knowledgeKeys.requests }),
    ]);
}

export function useRegisterInformation(attendanceId: string) {
  const invalidate = useInvalidateAttendance(attendanceId);
  return useMutation({ mutationFn: (itemId: string) => registerInformation(attendanceId, itemId), onSuccess: invalidate });
}

export function useRegisterRequest(attendanceId: string) {
  const invalidate = useInvalidateAttendance(attendanceId);
  return useMutation({
    mutationFn: (body: { requestTypeId: string; description: string; attachmentIds: string[] }) => registerRequest(attendanceId, body),
    onSuccess: invalidate,
  });
}

export function useRequests(filter: RequestFilter) {
  return useQuery({ queryKey: knowledgeKeys.requestList(filter), queryFn: ({ signal }) => listRequests(filter, signal), select: (d) => d.items });
}

export function useRequest(id: string) {
  return useQuery({ queryKey: knowledgeKeys.request(id), queryFn: ({ signal }) => getRequest(id, signal) });
}

export function useChangeRequest(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: { status: RequestStatus } | { comment: string; via?: CommentVia }) =>
      'comment' in change ? commentRequest(id, change.comment, change.via) : updateRequest(id, change),
    onSuccess: (detail) => {
      qc.setQueryData(knowledgeKeys.request(id), detail);
      return qc.invalidateQueries({ queryKey: knowledgeKeys.requests });
    },
  });
}

export function useScripts() {
  return useQuery({ queryKey: knowledgeKeys.scripts, queryFn: ({ signal }) => listScripts(signal), select: (d) => d.items });
}

export function useSaveScript() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ScriptInput }) => (id ? updateScript(id, body) : createScript(body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['knowledge'] }),
  });
}

/** ATT-11: the attendance's scripts with their placeholders filled, read when the agent opens them. */
export function useAttendanceScripts(attendanceId: string, enabled: boolean) {
  return useQuery({
    queryKey: knowledgeKeys.attendanceScripts(attendanceId),
    queryFn: ({ signal }) => attendanceScripts(attendanceId, signal),
    select: (d) => d.items,
    enabled,
  });
}
