import type { AttemptRecord } from '../request/attempt-record';
import { readSession, writeSession } from './session-map';

/**
 * One generation's attempt records, in `sessionStorage` under one key, each kept for a day: written right before a
 * window opens, read back by the redirect return (`recallAttempt`), forgotten once the answer is known.
 */
export interface AttemptStore<TRecord extends AttemptRecord> {
  /** The `sessionStorage` key (one of `STORAGE_KEYS`). */
  readonly storageKey: string;
  /** Remembers an attempt right before its window opens (and drops expired records). */
  remember(record: TRecord): void;
  /** Forgets an attempt once its answer is known. */
  forget(id: string): void;
}

// What storage holds is not trusted: a record's time is read only when it is a number.
const openedAtOf = (stored: unknown) =>
  typeof stored === 'object' && stored !== null ? (stored as { openedAt?: unknown }).openedAt : undefined;

const storedRecords = (storageKey: string) => readSession<unknown>(storageKey, Date.now(), openedAtOf);

/** The attempt store under `storageKey`. */
export function createAttemptStore<TRecord extends AttemptRecord>(storageKey: string): AttemptStore<TRecord> {
  return {
    storageKey,
    remember(record) {
      writeSession(storageKey, { ...storedRecords(storageKey), [record.id]: record });
    },
    forget(id) {
      const records = storedRecords(storageKey);
      delete records[id];
      writeSession(storageKey, records);
    },
  };
}

/**
 * The record remembered for `id`, read back with the generation's tolerant reader (`read`): `undefined` when there is
 * none, when it expired, or when storage or the record is unreadable (blocked, edited, of another version). Apart from
 * the store, so only a page that reads redirect returns bundles the readers.
 */
export function recallAttempt<TRecord extends AttemptRecord>(
  store: AttemptStore<TRecord>,
  id: string,
  read: (id: string, stored: unknown) => TRecord | undefined,
): TRecord | undefined {
  const records = storedRecords(store.storageKey);
  return Object.prototype.hasOwnProperty.call(records, id) ? read(id, records[id]) : undefined;
}
