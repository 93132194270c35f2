/**
 * Remembers requests whose window is open, keyed by `merchant_uid`, so that a redirect back to
 * `m_redirect_url` (which does not carry `customer_uid`) can be matched to its request.
 * Lives in `sessionStorage`; every access is guarded because storage can be missing or throw (private mode, quotas).
 */

/** What is remembered about one request: no buyer data. */
export interface PendingRequest {
  customerUid: string;
  merchantUid: string;
  pg: string;
  amount: number;
  /** When the window was opened (ms since epoch). */
  openedAt: number;
}

/** The library's own storage key. */
export const PENDING_STORAGE_KEY = 'react-billing-key:pending';
/** Entries older than this are dropped. */
export const PENDING_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A map the library keeps in `sessionStorage` under `key`, without entries older than {@link PENDING_TTL_MS}
 * (`at` gives an entry's time); `{}` when storage is missing (server, private mode), broken or throws.
 */
export function readSession<T>(key: string, now: number, at: (entry: T) => unknown): Record<string, T> {
  const fresh: Record<string, T> = {};
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(key) ?? '{}');
    for (const [id, entry] of Object.entries((parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, T>)) {
      const time = at(entry);
      if (typeof time === 'number' && now - time < PENDING_TTL_MS) fresh[id] = entry;
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

const read = (now: number) => readSession<PendingRequest | null>(PENDING_STORAGE_KEY, now, (entry) => entry?.openedAt) as Record<string, PendingRequest>;
const write = (map: object) => writeSession(PENDING_STORAGE_KEY, map);

/** Remembers a request right before its window opens (and drops expired entries). */
export function rememberPending(entry: PendingRequest): void {
  const map = read(entry.openedAt);
  map[entry.merchantUid] = entry;
  write(map);
}

/** The remembered request for `merchantUid`, if any (without removing it). */
export function peekPending(merchantUid: string, now = Date.now()): PendingRequest | undefined {
  return read(now)[merchantUid];
}

/** Forgets a request once its outcome is known. */
export function forgetPending(merchantUid: string, now = Date.now()): void {
  const map = read(now);
  if (!(merchantUid in map)) return;
  delete map[merchantUid];
  write(map);
}
