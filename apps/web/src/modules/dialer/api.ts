import type { directoryEntry } from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

export type DirectoryEntry = z.infer<typeof directoryEntry>;

export const dialerKeys = { directory: (search: string) => ['dialer', 'directory', { search }] as const };

// SPEC WS-08 "Contatos": the organization's staff with their extensions (persons join later).
export const searchDirectory = (search: string, signal?: AbortSignal) =>
  api.get<{ items: DirectoryEntry[] }>('/api/directory', { search: search || undefined }, signal);
