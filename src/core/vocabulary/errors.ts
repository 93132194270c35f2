/**
 * Every way a billing-key request can end without a key.
 *
 * - `INVALID_PARAMS` — the request was refused before anything was opened or charged; `field` names the prop.
 * - `SDK_LOAD_FAILED` / `SDK_TIMEOUT` — the PortOne script could not be loaded; the next attempt loads it again.
 * - `BUSY` — another payment window is already open on this page.
 * - `CANCELLED` — the buyer closed the window or gave up, or the request was abandoned (`reset()`, unmount, back-forward cache).
 * - `PG_FAILED` — the PG or PortOne refused; `pgMessage` keeps the PG's own words.
 * - `VERIFY_FAILED` — the merchant's `verify` did not confirm the key.
 */
export type BillingKeyErrorCode =
  'INVALID_PARAMS' | 'SDK_LOAD_FAILED' | 'SDK_TIMEOUT' | 'BUSY' | 'CANCELLED' | 'PG_FAILED' | 'VERIFY_FAILED';

/**
 * A key that was issued although the request failed (a `VERIFY_FAILED`): the generation's result, unverified. v1 has
 * `customerUid`, `merchantUid` and `impUid`; v2 `billingKey` (or `null` with `needsConfirmation`), `issueId` and
 * `billingIssueToken`. Retry the confirmation with it, or delete the key, from your server.
 */
export interface IssuedKeyResult {
  readonly customerUid?: string | null;
  readonly merchantUid?: string;
  readonly impUid?: string | null;
  readonly billingKey?: string | null;
  readonly issueId?: string;
  readonly billingIssueToken?: string | null;
  readonly pg?: string;
  readonly verified?: boolean;
  readonly response?: unknown;
}

/** The optional parts of a {@link BillingKeyError}. */
export interface BillingKeyErrorDetails {
  /** For `INVALID_PARAMS`: the request field at fault, e.g. `customerUid`, `buyer.email` or `params.pg`. */
  field?: string;
  /** The SDK's raw response (or the rejection) when the PG or PortOne answered. */
  response?: unknown;
  /** The error code PortOne or the PG answered with (v1 `error_code`, v2 `pgCode` or `code`). */
  pgCode?: string;
  /** The PG's own message (v1 `error_msg`, v2 `pgMessage` or `message`), unmodified. */
  pgMessage?: string;
  /** For a failure after PortOne issued a key (`VERIFY_FAILED`): the issued result, so the key is never lost. */
  result?: IssuedKeyResult;
}

/**
 * The error every failed request rejects with (also what `onFailure` and `onResult` receive).
 * `message` is for the buyer, in the provider's locale; development builds append an English detail for the developer
 * on the lines after the first. Branch on `code`, never on `message`.
 */
export class BillingKeyError extends Error {
  /** Machine-readable reason. */
  readonly code: BillingKeyErrorCode;
  /** For `INVALID_PARAMS`: the request field at fault, e.g. `customerUid` or `params.pg`. */
  readonly field?: string;
  /** The SDK's raw response when the PG or PortOne answered. */
  readonly response?: unknown;
  /** The code PortOne or the PG answered with, when there was one. */
  readonly pgCode?: string;
  /** The PG's own message, unmodified (Naver Pay requires showing it as is). */
  readonly pgMessage?: string;
  /**
   * For a failure after PortOne issued a key (`VERIFY_FAILED`: `verify` threw, did not resolve `true`, or timed out):
   * the issued result (`verified: false`), so your server can retry the confirmation or delete the key.
   */
  readonly result?: IssuedKeyResult;

  constructor(code: BillingKeyErrorCode, message: string, details: BillingKeyErrorDetails = {}) {
    super(message);
    this.name = 'BillingKeyError';
    this.code = code;
    // Only present keys are set, so `toEqual` and logs stay free of `undefined` noise.
    if (details.field !== undefined) this.field = details.field;
    if (details.response !== undefined) this.response = details.response;
    if (details.pgCode !== undefined) this.pgCode = details.pgCode;
    if (details.pgMessage !== undefined) this.pgMessage = details.pgMessage;
    if (details.result !== undefined) this.result = details.result;
  }
}

/** True for a {@link BillingKeyError}, also across two copies of the library (checks the shape, not the class). */
export function isBillingKeyError(value: unknown): value is BillingKeyError {
  return value instanceof Error && value.name === 'BillingKeyError' && typeof (value as BillingKeyError).code === 'string';
}
