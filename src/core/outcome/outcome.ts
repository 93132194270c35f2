import type { CoreMessages } from '../vocabulary/core-messages';
import { hasOwn } from '../rules/own';
import {
  BillingKeyError,
  type BillingKeyErrorCode,
  type BillingKeyErrorDetails,
  type IssuedKeyResult,
} from '../vocabulary/errors';

/**
 * A request's final outcome, as the provider's `onResult` receives it: the result, or the typed error.
 * `TResult` is the generation's result (`BillingKeyResult` of `react-billing-key` or of `react-billing-key/v2`).
 */
export type BillingKeyOutcome<TResult> = { status: 'success'; result: TResult } | { status: 'failure'; error: BillingKeyError };

/** Asks the merchant's server to confirm a key before success is reported; resolve `true` to confirm. */
export type VerifyBillingKey<TResult> = (result: TResult) => Promise<boolean> | boolean;

/** The error for `code`, with the locale's buyer-facing message. */
export function errorFor(code: BillingKeyErrorCode, messages: CoreMessages, details?: BillingKeyErrorDetails): BillingKeyError {
  return new BillingKeyError(code, messages.errors[code], details);
}

/** A failure outcome. */
export function failureOf<TResult>(error: BillingKeyError): BillingKeyOutcome<TResult> {
  return { status: 'failure', error };
}

/**
 * The error for a PG's answer that is not a key: `CANCELLED` when the buyer gave up (`cancelled`), else `PG_FAILED`.
 * The PG's own message is the whole buyer-facing message when the PG requires it unmodified (`verbatim`: Naver Pay's
 * review rule, which covers its cancellations too); otherwise a `PG_FAILED` keeps it after the locale's sentence and a
 * cancellation says the locale's sentence alone. `error.pgMessage` has it in every case.
 */
export function pgFailure(
  messages: CoreMessages,
  details: {
    response: unknown;
    pgCode?: string;
    pgMessage?: string;
    cancelled?: boolean;
    verbatim?: boolean;
    result?: IssuedKeyResult;
  },
): BillingKeyError {
  const { pgMessage, cancelled, verbatim, ...rest } = details;
  const code = cancelled ? 'CANCELLED' : 'PG_FAILED';
  const base = messages.errors[code];
  const message = !pgMessage ? base : verbatim ? pgMessage : cancelled ? base : `${base} (${pgMessage})`;
  return new BillingKeyError(code, message, { ...rest, pgMessage });
}

/**
 * `classify(response)`, or `PG_FAILED` carrying `response` when classifying throws: an answer always settles its
 * request, whatever it is made of, so the page is never left waiting on it.
 */
export function classifySafely<TResult>(
  response: unknown,
  classify: (response: unknown) => BillingKeyOutcome<TResult>,
  messages: CoreMessages,
): BillingKeyOutcome<TResult> {
  try {
    return classify(response);
  } catch {
    return failureOf(pgFailure(messages, { response }));
  }
}

/**
 * Whether a PG's message must reach the buyer unmodified: its rule says so, or the rule is unknown (a redirect return
 * this browser did not remember, e.g. one that came back in a new tab from the PG's app), where it may be such a PG.
 */
export function isVerbatim(rule: { readonly pgMessageVerbatim?: boolean } | undefined): boolean {
  return rule ? hasOwn(rule, 'pgMessageVerbatim') && rule.pgMessageVerbatim === true : true;
}

/** How long `verify` may take by default before the request fails `VERIFY_FAILED`, in ms. */
export const DEFAULT_VERIFY_TIMEOUT_MS = 30000;

/**
 * Runs the merchant's `verify` on a success: `onVerifying` is called first; `true` marks the result `verified`. Anything
 * else — `false` or another value, a throw, or no answer within `timeoutMs` (`undefined`: no limit) — becomes
 * `VERIFY_FAILED`, carrying the issued result in `error.result` (a key was issued: it is never lost) and what was
 * thrown (else the SDK's response) in `error.response`. Failures pass through.
 */
export async function verifyOutcome<TResult extends { verified: boolean; response: unknown }>(
  outcome: BillingKeyOutcome<TResult>,
  verify: VerifyBillingKey<TResult> | undefined,
  messages: CoreMessages,
  onVerifying: () => void,
  timeoutMs?: number,
): Promise<BillingKeyOutcome<TResult>> {
  if (outcome.status === 'failure' || !verify) return outcome;
  onVerifying();
  let cause: unknown = outcome.result.response;
  try {
    if (await verdictOf(verify, outcome.result, timeoutMs)) {
      return { status: 'success', result: { ...outcome.result, verified: true } };
    }
  } catch (error) {
    cause = error ?? cause;
  }
  const result = outcome.result as IssuedKeyResult;
  return failureOf(errorFor('VERIFY_FAILED', messages, { response: cause, result }));
}

/**
 * Whether `verify` confirms `result` within `timeoutMs` (none: no limit): `true` only for an answer of `true` in time; a
 * throw or rejection rejects. The one time-limited verdict of every flow and of the saved methods' replacement.
 */
export async function verdictOf<TResult>(
  verify: VerifyBillingKey<TResult>,
  result: TResult,
  timeoutMs: number | undefined,
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    if (timeoutMs !== undefined) timer = setTimeout(resolve, timeoutMs, false);
  });
  try {
    return (await Promise.race([new Promise<unknown>((resolve) => resolve(verify(result))), timedOut])) === true;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The answer's own outcome fields, or `undefined` when it is not a plain answer: not an object, an array, or an object
 * whose fields throw when read (a proxy, a getter). A polluted `Object.prototype` supplies nothing.
 */
export function answerFields(response: unknown, fields: readonly string[]): Record<string, unknown> | undefined {
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return undefined;
  try {
    const own = Object.create(null) as Record<string, unknown>;
    for (const field of fields) if (hasOwn(response, field)) own[field] = (response as Record<string, unknown>)[field];
    return own;
  } catch {
    return undefined;
  }
}

/** What a failing answer reports: the PG's code and words, whether the buyer gave up, and a key issued regardless. */
export interface AnswerFailure {
  readonly pgCode?: string | undefined;
  readonly pgMessage?: string | undefined;
  readonly cancelled: boolean;
  readonly result?: IssuedKeyResult | undefined;
}

/** How one generation reads its SDK's answer, for {@link outcomeOf}. */
export interface AnswerReading<TRequest, TResult> {
  /** The fields the outcome reads; nothing else of an answer is trusted. */
  readonly fields: readonly string[];
  /** The failure the answer's fields report, or `undefined` when they report none. */
  failure(answer: Record<string, unknown>, response: unknown, request: TRequest): AnswerFailure | undefined;
  /** The key the answer's fields prove, as a result; `null` without proof. */
  result(answer: Record<string, unknown>, response: unknown, request: TRequest): TResult | null;
}

/**
 * An SDK's answer (a callback's response, a promise's value, a redirect return's fields) as an outcome, by the rules
 * both generations share: a failure the answer reports first (`CANCELLED` or `PG_FAILED`, the PG's words kept, verbatim
 * where its rule says so), then the key it proves. Anything else — no proof, or no answer at all: not an object, an
 * array, an `Error`, an object whose fields throw — is `PG_FAILED` carrying `response`: no proof, no key.
 */
export function outcomeOf<TRequest extends { readonly rule?: { readonly pgMessageVerbatim?: boolean } | undefined }, TResult>(
  reading: AnswerReading<TRequest, TResult>,
  response: unknown,
  request: TRequest,
  messages: CoreMessages,
): BillingKeyOutcome<TResult> {
  // Own fields only, read once.
  const answer = answerFields(response, reading.fields);
  const failed = answer && reading.failure(answer, response, request);
  if (failed) return failureOf(pgFailure(messages, { response, ...failed, verbatim: isVerbatim(request.rule) }));
  const result = answer && reading.result(answer, response, request);
  return result ? { status: 'success', result } : failureOf(pgFailure(messages, { response }));
}
