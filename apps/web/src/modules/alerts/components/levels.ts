import type { AlertLevel, AlertState } from '@atende/shared';

/** The three buttons' colours (SPEC ALR-01), for badges, rows and map markers. */
export const levelColor: Record<AlertLevel, { mantine: string; hex: string }> = {
  green: { mantine: 'green', hex: '#2f9e44' },
  yellow: { mantine: 'yellow', hex: '#f08c00' },
  red: { mantine: 'red', hex: '#e03131' },
};

export const stateColor: Record<AlertState, string> = { new: 'red', in_progress: 'blue', closed: 'gray' };
