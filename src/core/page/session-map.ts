/**
 * Small maps the library keeps in `sessionStorage` (requests waiting for a redirect, reported redirects, completed ids).
 * Every access is guarded: storage can be missing (server), blocked or full (private mode, quotas), and the callback
 * flow must never depend on it. Entries expire after {@link SESSION_TTL_MS}.
 */

/** Entries older than this are dropped: a day, in ms. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/** Every storage key the library writes (for `resetBillingKeyState()` and for merchants' privacy notes). */
export const STORAGE_KEYS = {
  pendingV1: 'react-billing-key:pending',
  pendingV2: 'react-billing-key:v2:pending',
  reported: 'react-billing-key:reported',
} as const;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    // Some browsers throw on the mere access when storage is blocked.
    return undefined;
  }
}

/** The map under `key`, without entries older than a day (`at` gives an entry's time); `{}` when storage fails. */
export function readSession<T>(key: string, now: number, at: (entry: T) => unknown): Record<string, T> {
  // No prototype: every id is an entry like any other, `__proto__`, `constructor` and `toString` included.
  const fresh = Object.create(null) as Record<string, T>;
  try {
    const stored: unknown = JSON.parse(storage()?.getItem(key) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return fresh;
    for (const [id, entry] of Object.entries(stored as Record<string, T>)) {
      const time = at(entry);
      if (typeof time === 'number' && now - time < SESSION_TTL_MS) fresh[id] = entry;
    }
  } catch {
    // Unreadable: start afresh.
  }
  return fresh;
}

/** Stores `map` under `key` (removes the key when the map is empty); a full or blocked storage is ignored. */
export function writeSession(key: string, map: Record<string, unknown>): void {
  try {
    if (Object.keys(map).length > 0) storage()?.setItem(key, JSON.stringify(map));
    else storage()?.removeItem(key);
  } catch {
    // Storage full or blocked: callbacks still work; only a redirect return could not be matched.
  }
}

/** Removes every key the library wrote. */
export function clearSession(): void {
  for (const key of Object.values(STORAGE_KEYS)) writeSession(key, {});
}
