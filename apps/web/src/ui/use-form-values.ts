import { useCallback, useState } from 'react';

/** Minimal controlled-form state: the values and a typed setter per field. */
export function useFormValues<T extends object>(initial: T) {
  const [values, setValues] = useState(initial);
  const set = useCallback(
    <K extends keyof T>(key: K) =>
      (value: T[K]) =>
        setValues((prev) => ({ ...prev, [key]: value })),
    [],
  );
  return { values, set };
}
