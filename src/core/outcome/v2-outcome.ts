import type { CoreMessages } from '../vocabulary/core-messages';
import type { V2PgRule } from '../rules/v2-pg-rule';
import type { V2AttemptRecord } from '../request/v2-attempt';
import { isCancellationSignal } from './cancellation';
import {
  answerFields,
  failureOf,
  isVerbatim,
  outcomeOf,
  pgFailure,
  type AnswerFailure,
  type AnswerReading,
  type BillingKeyOutcome,
} from './outcome';
import type { IssueBillingKeyResponse } from '../vocabulary/v2-wire';
import type { V2BillingKeyResult } from './v2-result';

/** What the outcome needs to know about the request that produced an answer. */
export interface V2OutcomeRequest {
  /** `''` when a redirect came back for a request this browser did not remember. */
  pg: string;
  /** The attempt's id: `issueId`, or for issue-and-pay the `paymentId`. */
  issueId: string;
  /** Absent when the request is not known. */
  rule?: V2PgRule | undefined;
  /** The request was issue-and-pay (`requestIssueBillingKeyAndPay`): the answer carries a first payment. */
  firstPayment?: boolean | undefined;
}

/**
 * What the outcome needs to know about an attempt, from its record: the promise's answer and a redirect return read
 * the same record, written before the window opened. `rule` is the PG's.
 */
export function v2OutcomeRequestOf(record: V2AttemptRecord, rule: V2PgRule | undefined): V2OutcomeRequest {
  return { ...record, issueId: record.id, rule };
}

/** The `billingKey` PortOne answers when the channel uses manual confirmation (docs: opi/ko/extra/manual-confirm/readme-v2). */
export const NEEDS_CONFIRMATION = 'NEEDS_CONFIRMATION';

/** The failure fields of a v2 answer or of a rejected promise's error. */
export interface FailureFields {
  code?: unknown;
  message?: unknown;
  pgCode?: unknown;
  pgMessage?: unknown;
}

const present = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A PortOne SDK error (`IssueBillingKeyError` and the others): an object with a string `__portOneErrorType`. */
export function isPortOneError(value: unknown): value is FailureFields & { __portOneErrorType: string } {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { __portOneErrorType?: unknown }).__portOneErrorType === 'string'
    );
  } catch {
    return false;
  }
}

/** The fields of a v2 answer the outcome reads; nothing else is trusted. */
const ANSWER_FIELDS = [
  'code',
  'message',
  'pgCode',
  'pgMessage',
  'billingKey',
  'billingIssueToken',
  'transactionType',
  'paymentId',
  'txId',
];

/**
 * What failure fields say: `CANCELLED` when a code or text is a known cancellation, otherwise `PG_FAILED`; the PG's words
 * are kept. With an issued key (`result`: issue-and-pay whose payment failed) it is `PG_FAILED` carrying the key, whatever
 * the words.
 */
function failureIn(fields: FailureFields, result?: V2BillingKeyResult): AnswerFailure {
  return {
    pgCode: [fields.pgCode, fields.code].find(present),
    pgMessage: [fields.pgMessage, fields.message].find(present),
    cancelled: !result && isCancellationSignal([fields.pgCode, fields.code], [fields.pgMessage, fields.message]),
    result,
  };
}

/** How the outcome reads a v2 answer: `code` means failure, a `billingKey` (or its confirmation token) success. */
const V2_ANSWER: AnswerReading<V2OutcomeRequest, V2BillingKeyResult> = {
  fields: ANSWER_FIELDS,
  failure(answer, response, request) {
    if (!present(answer.code)) return undefined;
    // Issue-and-pay whose payment failed after the key was issued: the key exists, so the error carries it.
    const key = issuedKey(answer, response, request);
    return failureIn(answer, key?.payment ? { ...key, charged: false } : undefined);
  },
  result: issuedKey,
};

/**
 * Turns a v2 answer (the resolved value of `requestIssueBillingKey`, or the fields of a redirect return) into a success
 * or a typed failure: `code` means failure (`CANCELLED` when the cancellation table knows the code or words,
 * `PG_FAILED` otherwise, with `pgCode` / `pgMessage` kept — Naver Pay's unmodified); a `billingKey` means success;
 * `'NEEDS_CONFIRMATION'` with a `billingIssueToken` is a success that your server must still confirm (`billingKey: null`,
 * `needsConfirmation: true`), never a key. Anything else (no key and no code, not an object) is `PG_FAILED`.
 * `undefined` (the browser is redirecting) is not an answer: the caller keeps waiting for the return.
 */
export function toV2Outcome(response: unknown, request: V2OutcomeRequest, messages: CoreMessages) {
  return outcomeOf(V2_ANSWER, response, request, messages);
}

/** The key an answer proves (`billingKey`, or `NEEDS_CONFIRMATION` with its token), as a result; `null` without proof. */
function issuedKey(answer: Record<string, unknown>, response: unknown, request: V2OutcomeRequest): V2BillingKeyResult | null {
  const { billingKey } = answer;
  if (!present(billingKey)) return null;
  const needsConfirmation = billingKey === NEEDS_CONFIRMATION;
  const token = present(answer.billingIssueToken) ? answer.billingIssueToken : null;
  // Without its token a manual confirmation cannot happen, and the issuance lapses: no key, so not a success.
  if (needsConfirmation && token === null) return null;
  const firstPayment = request.firstPayment === true || answer.transactionType === 'ISSUE_BILLING_KEY_AND_PAY';
  return {
    billingKey: needsConfirmation ? null : billingKey,
    issueId: request.issueId,
    pg: request.pg,
    verified: false,
    needsConfirmation,
    billingIssueToken: needsConfirmation ? token : null,
    charged: firstPayment,
    payment: firstPayment
      ? {
          paymentId: present(answer.paymentId) ? answer.paymentId : request.issueId,
          txId: present(answer.txId) ? answer.txId : null,
        }
      : null,
    response: response as IssueBillingKeyResponse,
  };
}

/**
 * Turns a rejected `requestIssueBillingKey` (errors before issuance) into a failure: a PortOne error
 * (`__portOneErrorType`) keeps its `code`, `message`, `pgCode` and `pgMessage` and goes through the cancellation table;
 * anything else (a script error) is `PG_FAILED` carrying it as `response`.
 */
export function rejectionToV2Outcome(
  error: unknown,
  request: V2OutcomeRequest,
  messages: CoreMessages,
): BillingKeyOutcome<V2BillingKeyResult> {
  const fields = isPortOneError(error) ? answerFields(error, ANSWER_FIELDS) : undefined;
  return failureOf(
    pgFailure(messages, { response: error, ...(fields && { ...failureIn(fields), verbatim: isVerbatim(request.rule) }) }),
  );
}
