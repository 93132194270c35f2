import { BillingKeyError, type BillingKeyErrorCode } from './errors';
import { isCharged, type PgRule } from './pg-rules';
import type { BillingKeyResult, IamportResponse } from './types';
import type { CoreMessages } from '../i18n/types';

/** A request's final outcome, as the provider's `onResult` receives it. */
export type BillingKeyOutcome = { status: 'success'; result: BillingKeyResult } | { status: 'failure'; error: BillingKeyError };

/** What the outcome needs to know about the request that produced the response. */
export interface OutcomeRequest {
  pg: string;
  amount: number;
  merchantUid: string;
  /** `null` when a redirect came back for a request this browser did not remember. */
  customerUid: string | null;
  /** Absent when a redirect came back for a request this browser did not remember: `charged` is then false. */
  rule?: PgRule;
}

// Wording differs by PG: "[결제포기] 사용자가 결제를 취소하셨습니다", "사용자가 결제를 취소", "User cancelled"…
const CANCEL_PATTERN = /결제\s*포기|결제를\s*취소|취소하(?:셨|였)|cancel/i;

const isFalse = (value: unknown) => value === false || value === 'false';
const present = (value: unknown): value is string => value !== undefined && value !== null && value !== '';

/** True when the SDK response reports a failure (any of the three shapes the v1 SDK has used). */
export function isFailureResponse(response: IamportResponse): boolean {
  return present(response.error_code) || isFalse(response.success) || isFalse(response.imp_success);
}

/** True when a failure response means the buyer gave up rather than the PG refusing. */
export function isCancellation(response: IamportResponse): boolean {
  return CANCEL_PATTERN.test(`${response.error_code ?? ''} ${response.error_msg ?? ''}`);
}

/** The failure outcome for `code`, worded in the locale; `detail` is appended to the message. */
export const failure = (
  code: BillingKeyErrorCode,
  messages: CoreMessages,
  response?: unknown,
  detail = '',
): BillingKeyOutcome => ({
  status: 'failure',
  error: new BillingKeyError(code, messages.errors[code] + detail, { response }),
});

/** Turns the SDK's response (callback or redirect query) into a success or a typed failure. */
export function toOutcome(
  response: IamportResponse | null | undefined,
  request: OutcomeRequest,
  messages: CoreMessages,
): BillingKeyOutcome {
  if (typeof response !== 'object' || response === null) return failure('PG_FAILED', messages, response);
  if (isFailureResponse(response)) {
    return isCancellation(response)
      ? failure('CANCELLED', messages, response)
      : failure('PG_FAILED', messages, response, present(response.error_msg) ? ` (${response.error_msg})` : '');
  }
  return {
    status: 'success',
    result: {
      customerUid: request.customerUid,
      merchantUid: present(response.merchant_uid) ? response.merchant_uid : request.merchantUid,
      impUid: present(response.imp_uid) ? response.imp_uid : null,
      pg: request.pg,
      amount: request.amount,
      charged: !!request.rule && isCharged(request.rule, request.amount),
      verified: false,
      response,
    },
  };
}
