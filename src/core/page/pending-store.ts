import { readSession, writeSession } from './session-map';

/** A request remembered while its window is open: what a redirect return needs to recover it. No buyer data. */
export interface PendingEntry {
  /** The attempt's id (`merchant_uid` in v1, `issueId` in v2): what the return URL carries. */
  readonly id: string;
  /** When the window was opened (ms since epoch). */
  readonly openedAt: number;
  /** What the generation needs to rebuild the result (`customerUid`, `pg`, `amount`…). */
  readonly [field: string]: unknown;
}

/** Requests waiting for a redirect return, in `sessionStorage` under one key, kept for a day. */
export interface PendingStore {
  /** Remembers a request right before its window opens (and drops expired entries). */
  remember(entry: PendingEntry): void;
  /** The remembered request for `id`, if any, without removing it. */
  peek(id: string): PendingEntry | undefined;
  /** Forgets a request once its outcome is known. */
  forget(id: string): void;
}

/** The pending store under `storageKey`. */
export function createPendingStore(storageKey: string): PendingStore {
  const read = () =>
    readSession<PendingEntry | null>(storageKey, Date.now(), (entry) => entry?.openedAt) as Record<string, PendingEntry>;
  return {
    remember(entry) {
      writeSession(storageKey, { ...read(), [entry.id]: entry });
    },
    peek(id) {
      const entries = read();
      return Object.prototype.hasOwnProperty.call(entries, id) ? entries[id] : undefined;
    },
    forget(id) {
      const entries = read();
      delete entries[id];
      writeSession(storageKey, entries);
    },
  };
}
