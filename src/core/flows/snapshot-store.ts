/**
 * The subscribe/snapshot half that core's controllers share (the request, PayPal and saved-methods controllers; React
 * binds each with `useSyncExternalStore`): a snapshot that stays the same object until it changes, and listeners told
 * of every change.
 */
export interface SnapshotStore<T> {
  /** The current snapshot. */
  readonly getSnapshot: () => T;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Replaces the snapshot and tells every listener. */
  readonly publish: (next: T) => void;
}

/** A {@link SnapshotStore} starting at `initial`. */
export function createSnapshotStore<T>(initial: T): SnapshotStore<T> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    publish(next) {
      snapshot = next;
      // A copy: a listener that unsubscribes (or subscribes) while being told must not skip or repeat another.
      for (const listener of [...listeners]) listener();
    },
  };
}
