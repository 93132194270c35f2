/**
 * Every way a server call can fail, as {@link BillingServerError.code}:
 *
 * - `UNAUTHORIZED` — the verify handler's `authorize` found no signed-in buyer.
 * - `INVALID_REQUEST` — malformed input: a handler's body, a missing argument, an unknown v1 notice.
 * - `NOT_FOUND` — PortOne has no such key or payment (v1: also a deleted `customer_uid`, which PortOne forgets).
 * - `MISMATCH` — the key belongs to another buyer, attempt, store or PG.
 * - `TEST_KEY` — the key was issued on a test channel (v2 `TEST` channel, v1 `sandbox: true`) and tests are not allowed.
 * - `DELETED` — the key was deleted (v2 `status: 'DELETED'`).
 * - `INVALID_SIGNATURE` — a webhook whose signature does not hold (or no webhook secret is configured).
 * - `PORTONE_ERROR` — PortOne answered, but not with success: an error status, a v1 `code` other than 0, a time-out, or
 *   a page that is not PortOne's JSON (a gateway's HTML). Never a verdict on the key: retry later (a v2 charge with
 *   the same `paymentId`: one that went through resolves then).
 * - `NETWORK` — no answer at all (connection refused, DNS, TLS).
 */
export type BillingServerErrorCode =
  | 'UNAUTHORIZED'
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'MISMATCH'
  | 'TEST_KEY'
  | 'DELETED'
  | 'INVALID_SIGNATURE'
  | 'PORTONE_ERROR'
  | 'NETWORK';

/** The optional parts of a {@link BillingServerError}. */
export interface BillingServerErrorDetails {
  /** The HTTP status PortOne answered with, when it answered. */
  status?: number;
  /** PortOne's own error (v2 `type`, v1 `code`), when it said one. */
  portOneCode?: string;
  /** What went wrong underneath, with every secret removed (a plain `{ name, message }`, never the original object). */
  cause?: unknown;
}

/**
 * The error every function of `react-billing-key/server` throws. Branch on `code`. It never carries the API secret, the
 * webhook secret or an access token: not in `message`, `stack`, `cause` or its JSON (`toJSON` lists what it has).
 */
export class BillingServerError extends Error {
  /** Machine-readable reason. */
  readonly code: BillingServerErrorCode;
  /** The HTTP status PortOne answered with, when it answered. */
  readonly status?: number;
  /** PortOne's own error code (v2 `type`, v1 `code`), when it said one. */
  readonly portOneCode?: string;

  constructor(code: BillingServerErrorCode, message: string, details: BillingServerErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'BillingServerError';
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.portOneCode !== undefined) this.portOneCode = details.portOneCode;
  }

  /** What `JSON.stringify` writes: name, code, message, status and PortOne's code (the stack stays out of logs' JSON). */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    if (this.status !== undefined) json.status = this.status;
    if (this.portOneCode !== undefined) json.portOneCode = this.portOneCode;
    return json;
  }
}

/** True for a {@link BillingServerError}, also across two copies of the library (checks the shape, not the class). */
export function isBillingServerError(value: unknown): value is BillingServerError {
  return value instanceof Error && value.name === 'BillingServerError' && typeof (value as BillingServerError).code === 'string';
}

/**
 * Removes every secret from a text. Secrets shorter than 4 characters are not searched (they would blank ordinary words;
 * such a secret is not a real one anyway).
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/** A secret-free stand-in for an underlying error: its name and message only, redacted, never the original object. */
export function safeCause(error: unknown, secrets: readonly (string | undefined)[]): { name: string; message: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const raw = error instanceof Error ? error.message : String(error);
  // fetch's "fetch failed" hides the reason one level down (ECONNREFUSED, ETIMEDOUT…): keep that word, nothing more.
  const inner = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return { name, message: redact(`${raw}${inner}`, secrets) };
}

/** `value` when it is a non-empty string; otherwise `INVALID_REQUEST` naming the argument (nothing is sent to PortOne). */
export function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value) throw new BillingServerError('INVALID_REQUEST', `${name} must be a non-empty string.`);
  return value;
}

/** `value` when it is left out or a plain object (`params`, `buyer`, `customer`); otherwise `INVALID_REQUEST`. */
export function optionalRecord(value: unknown, name: string): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BillingServerError('INVALID_REQUEST', `${name} must be an object.`);
  }
  return value as Record<string, unknown>;
}

/**
 * `value` when it can name a record in a URL path (`/subscribe/customers/{customer_uid}`, `/billing-keys/{billingKey}`…);
 * otherwise `INVALID_REQUEST`. Besides {@link requireText}, `.` and `..` are refused: a URL resolves them as dot
 * segments, so the call would reach another endpoint (`GET /payments/` reads PortOne's list, not a payment).
 */
export function requireId(value: unknown, name: string): string {
  const id = requireText(value, name);
  if (id === '.' || id === '..') throw new BillingServerError('INVALID_REQUEST', `${name} cannot be "${id}".`);
  return id;
}
