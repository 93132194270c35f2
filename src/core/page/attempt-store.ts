import { ATTEMPT_RECORD_VERSION, type AttemptFieldsReader, type AttemptRecord } from '../request/attempt-record';
import { isConsentRecord } from '../request/consent';
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

// What storage holds is not trusted: any JSON value may stand where a record should (readSession keeps only those
// with a recent numeric time).
const storedRecords = (storageKey: string) =>
  readSession<{ openedAt?: unknown } | null>(storageKey, Date.now(), (stored) => stored?.openedAt);

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
 * The record remembered for `id`, read back typed: the fields every record has are checked here, the generation's own
 * by `readFields`. `undefined` when there is none, when it expired, or when storage or the record is unreadable
 * (blocked, edited, of another version); records of the previous release (no version, same fields) are read. Apart
 * from the store, so only a page that reads redirect returns bundles the readers.
 */
export function recallAttempt<TRecord extends AttemptRecord>(
  store: AttemptStore<TRecord>,
  id: string,
  readFields: AttemptFieldsReader<TRecord>,
): TRecord | undefined {
  // The map has no prototype, so any id reads only its own record; and a record is an object, since only objects
  // have the numeric time readSession keeps records by.
  const stored = storedRecords(store.storageKey)[id] as Readonly<Record<string, unknown>> | undefined;
  if (!stored || (stored.version !== undefined && stored.version !== ATTEMPT_RECORD_VERSION)) return undefined;
  const { openedAt, consent } = stored;
  return readFields(stored, {
    version: ATTEMPT_RECORD_VERSION,
    id,
    openedAt: openedAt as number,
    consent: isConsentRecord(consent) ? consent : undefined,
  });
}
