import type { Me } from '@atende/shared';
import type { Locale } from '@atende/shared/roles';
import { api, isApiError } from '../../app/api';

/** Cache key of the logged-in user (`null` when logged out). */
export const meQueryKey = ['auth', 'me'] as const;

export type Credentials = { email: string; password: string };

/** The logged-in user, or null when there is no session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me', undefined, signal);
  } catch (err) {
    if (isApiError(err, 401)) return null;
    throw err;
  }
}

export const login = (body: Credentials) => api.post<Me>('/api/auth/login', body);
export const logout = () => api.post<{ ok: true }>('/api/auth/logout');
export const updateMe = (body: { locale?: Locale; name?: string }) => api.patch<Me>('/api/auth/me', body);
export const changePassword = (body: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>('/api/auth/password', body);

// SPEC WS-01 "Editar Perfil": the photo is a multipart upload (field `file`).
export function uploadAvatar(file: File): Promise<Me> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.put<Me>('/api/auth/me/avatar', form);
}
export const removeAvatar = () => api.delete<Me>('/api/auth/me/avatar');
