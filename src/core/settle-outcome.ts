import { failure, toOutcome, type BillingKeyOutcome, type OutcomeRequest } from './outcome';
import type { VerifyBillingKey } from './run-request';
import type { IamportResponse } from './types';
import type { CoreMessages } from '../i18n/types';

/**
 * Classifies a response (callback or redirect query) and, for a success, runs `verify`: `'verifying'` is
 * announced while it runs; `false` or a throw becomes `VERIFY_FAILED`; `true` marks the result `verified`.
 */
export async function settleOutcome(
  response: IamportResponse | undefined,
  request: OutcomeRequest,
  env: { messages: CoreMessages; verify?: VerifyBillingKey | undefined },
  onPhase: (phase: 'verifying') => void,
): Promise<BillingKeyOutcome> {
  const outcome = toOutcome(response, request, env.messages);
  if (outcome.status === 'failure' || !env.verify) return outcome;
  onPhase('verifying');
  let cause: unknown = response;
  try {
    if ((await env.verify(outcome.result)) === true) return { status: 'success', result: { ...outcome.result, verified: true } };
  } catch (error) {
    cause = error ?? response;
  }
  return failure('VERIFY_FAILED', env.messages, cause);
}
