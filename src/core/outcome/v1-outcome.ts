import type { CoreMessages } from '../vocabulary/core-messages';
import type { PayMethod, IamportResponse } from '../vocabulary/v1-wire';
import type { PgRule } from '../rules/v1-pg-rule';
import type { V1AttemptRecord } from '../request/v1-attempt';
import { isCharged } from '../rules/v1-pg-lookup';
import { isCancellationSignal } from './cancellation';
import { outcomeOf, type AnswerReading } from './outcome';
import type { BillingKeyResult } from './v1-result';

/** What the outcome needs to know about the request that produced a response. */
export interface OutcomeRequest {
  pg: string;
  amount: number;
  merchantUid: string;
  /** `null` when a redirect came back for a request this browser did not remember. */
  customerUid: string | null;
  payMethod?: PayMethod | undefined;
  /** Absent when the request is not known: `charged` is then false. */
  rule?: PgRule | undefined;
}

/**
 * What the outcome needs to know about an attempt, from its record: the callback and a redirect return read the same
 * record, written before the window opened. `rule` is the PG's (`charged` needs it).
 */
export function outcomeRequestOf(record: V1AttemptRecord, rule: PgRule | undefined): OutcomeRequest {
  return { ...record, merchantUid: record.id, rule };
}

const isFalse = (value: unknown) => value === false || value === 'false';
const present = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * True when a v1 response reports a failure: an `error_code`, `success` or `imp_success` false (boolean or `'false'`),
 * or `status` `'failed'` / `'cancelled'` — structured signals, whatever the other fields say; then an `error_msg`
 * without an `imp_uid` (no payment exists to have succeeded: a result URL read by the redirect page can carry only that).
 */
export function isFailureResponse(response: IamportResponse): boolean {
  return (
    present(response.error_code) ||
    isFalse(response.success) ||
    isFalse(response.imp_success) ||
    response.status === 'failed' ||
    response.status === 'cancelled' ||
    (present(response.error_msg) && !present(response.imp_uid))
  );
}

/** True when a failure response means the buyer gave up (a known cancellation code or wording) rather than a refusal. */
export function isCancellation(response: IamportResponse): boolean {
  return isCancellationSignal([response.error_code], [response.error_msg, response.fail_reason]);
}

/** How the outcome reads a v1 response (DESIGN.md's outcome rules). */
const V1_ANSWER: AnswerReading<OutcomeRequest, BillingKeyResult> = {
  fields: ['imp_uid', 'merchant_uid', 'error_code', 'error_msg', 'success', 'imp_success', 'status', 'fail_reason'],
  failure: (answer) =>
    isFailureResponse(answer)
      ? {
          pgCode: present(answer.error_code) ? answer.error_code : undefined,
          pgMessage: [answer.error_msg, answer.fail_reason].find(present),
          cancelled: isCancellation(answer),
        }
      : undefined,
  // No proof, no key: an answer without imp_uid never reports a card that was not registered.
  result: (answer, response, request) =>
    present(answer.imp_uid)
      ? {
          customerUid: request.customerUid,
          merchantUid: present(answer.merchant_uid) ? answer.merchant_uid : request.merchantUid,
          impUid: answer.imp_uid,
          pg: request.pg,
          amount: request.amount,
          charged: request.rule ? isCharged(request.rule, request.amount, request.payMethod) : false,
          verified: false,
          response: response as IamportResponse,
        }
      : null,
};

/**
 * Turns a v1 response (callback or redirect query) into a success or a typed failure, by DESIGN.md's outcome rules:
 * structured failure signals first, then the cancellation table (`CANCELLED`), `PG_FAILED` otherwise (with the PG's
 * message kept). A success needs proof, an `imp_uid`: anything without one and without a failure signal (`{}`, an
 * array, an `Error` a wrapper passed on, an object whose fields throw when read, not an object) is `PG_FAILED`.
 */
export function toOutcome(response: unknown, request: OutcomeRequest, messages: CoreMessages) {
  return outcomeOf(V1_ANSWER, response, request, messages);
}
