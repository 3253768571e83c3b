import { useSyncExternalStore } from 'react';
import { getSoftphone, onSoftphoneChange, type SoftphoneLines } from '../softphone';

const NONE: SoftphoneLines = { lines: [], currentId: null };

/** VOX-06 (b): the browser softphone's calls, live; none without a softphone that carries several. */
export function useSoftphoneLines(): SoftphoneLines {
  return useSyncExternalStore(
    (onChange) => {
      let off = getSoftphone()?.onLines?.(onChange);
      const offChange = onSoftphoneChange(() => {
        off?.();
        off = getSoftphone()?.onLines?.(onChange);
        onChange();
      });
      return () => {
        off?.();
        offChange();
      };
    },
    () => getSoftphone()?.lines?.() ?? NONE,
  );
}
