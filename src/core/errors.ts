/**
 * Every way a billing-key request can end without a key.
 *
 * - `INVALID_PARAMS` — the request was rejected before anything was opened or charged.
 * - `SDK_LOAD_FAILED` / `SDK_TIMEOUT` — the PortOne script could not be loaded; the next attempt loads it again.
 * - `BUSY` — another payment window is already open on this page.
 * - `CANCELLED` — the buyer closed the window or gave up.
 * - `PG_FAILED` — the PG or PortOne refused.
 * - `VERIFY_FAILED` — the merchant's `verify` did not confirm the key.
 */
export type BillingKeyErrorCode =
  'INVALID_PARAMS' | 'SDK_LOAD_FAILED' | 'SDK_TIMEOUT' | 'BUSY' | 'CANCELLED' | 'PG_FAILED' | 'VERIFY_FAILED';

/** The error every failed request rejects with; `message` follows the provider's locale. */
export class BillingKeyError extends Error {
  /** Machine-readable reason; branch on this, not on `message`. */
  readonly code: BillingKeyErrorCode;
  /** For `INVALID_PARAMS`: the request field at fault, e.g. `customerUid` or `params.pg`. */
  readonly field?: string;
  /** The SDK's raw response when the PG or PortOne answered. */
  readonly response?: unknown;

  constructor(code: BillingKeyErrorCode, message: string, { field, response }: { field?: string; response?: unknown } = {}) {
    super(message);
    this.name = 'BillingKeyError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (response !== undefined) this.response = response;
  }
}

/** True for a {@link BillingKeyError}, also across bundle copies (checks the shape, not the class). */
export function isBillingKeyError(value: unknown): value is BillingKeyError {
  return value instanceof Error && value.name === 'BillingKeyError' && typeof (value as BillingKeyError).code === 'string';
}
