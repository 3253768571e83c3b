import { useSyncExternalStore } from 'react';

// ATT-05: what the agent sent and the server has not confirmed yet. Each send has a clientId, so
// "Tentar novamente" repeats it under the same id and the server stores it once; the bubble goes
// away as soon as the stored message (answer or push, whichever comes first) carries that id.

export type Pending = {
  clientId: string;
  attendanceId: string;
  body: string;
  internal: boolean;
  /** A file still to upload, or already uploaded (attachmentId) when only the send failed. */
  file: File | null;
  attachmentId: string | null;
  state: 'sending' | 'failed';
  error: unknown;
  createdAt: string;
};

let items: Pending[] = [];
const listeners = new Set<() => void>();

function set(next: Pending[]): void {
  items = next;
  for (const fn of listeners) fn();
}

export const outbox = {
  add: (p: Pending) => set([...items, p]),
  update: (clientId: string, patch: Partial<Pending>) => set(items.map((p) => (p.clientId === clientId ? { ...p, ...patch } : p))),
  remove: (clientId: string) => set(items.filter((p) => p.clientId !== clientId)),
  get: (clientId: string) => items.find((p) => p.clientId === clientId),
};

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/** Everything pending, across attendances (filter per attendance at the caller: stable snapshot). */
export function useOutbox(): Pending[] {
  return useSyncExternalStore(subscribe, () => items);
}

/** A unique id for one send; crypto.randomUUID exists only on secure origins, so fall back. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
