import type { createUserBody, teamBody, Team, updateUserBody, User } from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

export type CreateUserInput = z.input<typeof createUserBody>;
export type UpdateUserInput = z.input<typeof updateUserBody>;
export type TeamInput = z.input<typeof teamBody>;

export const adminKeys = {
  users: ['admin', 'users'] as const,
  userList: (search: string) => ['admin', 'users', { search }] as const,
  teams: ['admin', 'teams'] as const,
};

type Items<T> = { items: T[] };

export const listUsers = (search: string, signal?: AbortSignal) =>
  api.get<Items<User>>('/api/users', { search: search || undefined, includeInactive: 'true' }, signal);
export const createUser = (body: CreateUserInput) => api.post<User>('/api/users', body);
export const updateUser = (id: string, body: UpdateUserInput) => api.patch<User>(`/api/users/${id}`, body);
export const setUserActive = (id: string, active: boolean) => api.post<User>(`/api/users/${id}/${active ? 'activate' : 'deactivate'}`);
export const resetUserPassword = (id: string, password: string) => api.post<{ ok: true }>(`/api/users/${id}/password`, { password });

export const listTeams = (signal?: AbortSignal) => api.get<Items<Team>>('/api/teams', undefined, signal);
export const createTeam = (body: TeamInput) => api.post<Team>('/api/teams', body);
export const updateTeam = (id: string, body: Partial<TeamInput>) => api.patch<Team>(`/api/teams/${id}`, body);
export const deleteTeam = (id: string) => api.delete(`/api/teams/${id}`);
