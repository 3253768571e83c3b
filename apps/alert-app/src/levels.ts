import type { AlertAppState, AlertLevel, AlertState } from '@atende/shared/schemas/alerts';

// The shared contract's level list and app states (packages/shared/src/schemas/alerts.ts), kept
// here as plain values: importing that module would pull zod into the phone's bundle (about
// 100 kB). levels.test.ts checks that these stay equal to the shared ones.

export const alertLevels: readonly AlertLevel[] = ['green', 'yellow', 'red'];
export const callableAlertLevels: readonly AlertLevel[] = ['yellow', 'red'];

export const alertAppState = (a: { state: AlertState; receivedAt: string | null }): AlertAppState =>
  a.state === 'closed' ? 'closed' : a.state === 'in_progress' ? 'in_progress' : a.receivedAt ? 'received' : 'sent';
