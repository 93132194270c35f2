/**
 * Small maps the library keeps in `sessionStorage` (pending requests, reported redirects). Every access is guarded:
 * storage can be missing (server), blocked or full (private mode, quotas), and the callback flow must not depend on it.
 */

/** Entries older than this are dropped: a day. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The map under `key`, without entries older than {@link SESSION_TTL_MS} (`at` gives an entry's time);
 * `{}` when storage is missing, broken or throws.
 */
export function readSession<T>(key: string, now: number, at: (entry: T) => unknown): Record<string, T> {
  const fresh: Record<string, T> = {};
  try {
    // Anything but a map of timed entries yields nothing: `null` throws (caught below), other values have no timed entries.
    for (const [id, entry] of Object.entries<T>(JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as Record<string, T>)) {
      const time = at(entry);
      if (typeof time === 'number' && now - time < SESSION_TTL_MS) fresh[id] = entry;
    }
  } catch {
    // Unreadable: start afresh.
  }
  return fresh;
}

/** Stores `map` under `key` (removes the key when the map is empty); a full or blocked storage is ignored. */
export function writeSession(key: string, map: object): void {
  try {
    if (Object.keys(map).length) window.sessionStorage.setItem(key, JSON.stringify(map));
    else window.sessionStorage.removeItem(key);
  } catch {
    // Storage full or blocked: the callback flow still works; only a redirect could not be matched.
  }
}
