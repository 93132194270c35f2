import { useEffect, useRef } from 'react';

/**
 * A ref holding the latest `value` (updated after every render), so stable callbacks can read current props at
 * call time without changing identity or re-rendering consumers.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
