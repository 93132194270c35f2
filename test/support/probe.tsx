// Shared by the v1 and v2 contract kits: a hook probe that records every status it renders, and promise capture.
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

/**
 * Renders a component that calls `useValue` on every render, inside `wrap` (the provider). `hook.current` is the latest
 * value, `statuses` every distinct status in the order rendered.
 */
export function renderProbe<T extends { status: string }>(useValue: () => T, wrap: (probe: ReactNode) => ReactElement) {
  const hook = { current: undefined as unknown as T };
  const statuses: string[] = [];
  function Probe() {
    hook.current = useValue();
    if (statuses.at(-1) !== hook.current.status) statuses.push(hook.current.status);
    return <output aria-label="status">{hook.current.status}</output>;
  }
  return { ...render(wrap(<Probe />)), hook, statuses };
}

/** Captures a promise's settlement without an unhandled rejection. */
export function settle(promise: Promise<unknown>) {
  const box: { value?: unknown; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(box, { value, done: true }),
    (error: unknown) => Object.assign(box, { error, done: true }),
  );
  return box;
}
