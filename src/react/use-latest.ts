import { useEffect, useRef } from 'react';

/**
 * A ref to the latest `value`, updated after each commit. For reading a callback prop at call time (inside the
 * component that owns it) without re-creating what depends on it; never shared through context.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
