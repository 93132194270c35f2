import type { ConsentRecord } from './consent';

/**
 * What every generation remembers about one attempt, written right before its window opens and read back when a
 * redirect returns: what the return needs to rebuild the result. Kept as JSON in `sessionStorage`; no buyer data.
 */
export interface AttemptRecord {
  /**
   * The version of the stored shape. Records from before versions existed (the previous release) carry none and have
   * the same fields, so they are read as this version; a record of any other version is not read.
   */
  readonly version: 1;
  /** The attempt's id (`merchant_uid` in v1, `issueId` or issue-and-pay's `paymentId` in v2): what the return carries. */
  readonly id: string;
  /** When the window was opened (ms since epoch). */
  readonly openedAt: number;
  /** The recurring-payment consent the request was given under, carried into the result. */
  readonly consent?: ConsentRecord | undefined;
}

/** The version the library writes and reads (see {@link AttemptRecord.version}). */
export const ATTEMPT_RECORD_VERSION: AttemptRecord['version'] = 1;

/**
 * Reads one generation's own fields of a record read back from storage, which any script on the page can edit and an
 * older release may have written, onto `base` (the fields every record has, already checked): each field is checked
 * and only the known ones are kept; `undefined` when one it needs is missing or of the wrong type.
 */
export type AttemptFieldsReader<TRecord extends AttemptRecord> = (
  stored: Readonly<Record<string, unknown>>,
  base: AttemptRecord,
) => TRecord | undefined;

/** `value` when it is a string, otherwise `undefined`: for the optional text fields of a stored record. */
export const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
