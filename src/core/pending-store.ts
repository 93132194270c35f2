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

type PendingMap = Record<string, PendingRequest>;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function read(now: number): PendingMap {
  try {
    const raw = storage()?.getItem(PENDING_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null) return {};
    const fresh: PendingMap = {};
    for (const [key, entry] of Object.entries(parsed as PendingMap)) {
      if (entry && typeof entry.openedAt === 'number' && now - entry.openedAt < PENDING_TTL_MS) fresh[key] = entry;
    }
    return fresh;
  } catch {
    return {};
  }
}

function write(map: PendingMap): void {
  try {
    const store = storage();
    if (!store) return;
    if (Object.keys(map).length === 0) store.removeItem(PENDING_STORAGE_KEY);
    else store.setItem(PENDING_STORAGE_KEY, JSON.stringify(map));
  } catch {
    // Storage full or blocked: the callback flow still works; only a redirect could not be matched.
  }
}

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
