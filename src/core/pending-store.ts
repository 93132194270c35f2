/**
 * Remembers requests whose window is open, keyed by `merchant_uid`, so that a redirect back to
 * `m_redirect_url` (which does not carry `customer_uid`) can be matched to its request.
 * Lives in `sessionStorage` for a day (see session-map.ts).
 */

import { readSession, writeSession } from './session-map';

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
const read = (now: number) =>
  readSession<PendingRequest | null>(PENDING_STORAGE_KEY, now, (entry) => entry?.openedAt) as Record<string, PendingRequest>;
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
  // Written back even when it was not there: that only drops expired entries, which no reader sees anyway.
  const map = read(now);
  delete map[merchantUid];
  write(map);
}
