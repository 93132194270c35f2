import { noteIssuedKey, warnAboutRequest } from './dev-warnings';
import { BillingKeyError, isBillingKeyError } from './errors';
import type { BillingKeyOutcome } from './outcome';
import { forgetPending, rememberPending } from './pending-store';
import { prepareRequest, type PreparedRequest } from './request';
import { settleOutcome } from './settle-outcome';
import { ensureInit, getSdk, loadSdk, type SdkLoadOptions } from './sdk-loader';
import type { BillingKeyRequest, BillingKeyResult, IamportResponse, IamportSdk } from './types';
import { acquireWindow, releaseWindow } from './window-lock';
import type { CoreMessages } from '../i18n/types';

/** Asks the merchant's server to confirm a key (there: `GET /subscribe/customers/{customer_uid}`); resolve `true` to confirm. */
export type VerifyBillingKey = (result: BillingKeyResult) => Promise<boolean> | boolean;

/** The phases a request goes through before its outcome. */
export type RequestPhase = 'loading' | 'pending' | 'verifying';

/** Everything a request needs besides the request itself. */
export interface RequestEnvironment {
  userCode: string;
  messages: CoreMessages;
  sdk: SdkLoadOptions;
  verify?: VerifyBillingKey;
  /** Sees every outcome, including ones whose starter is gone. */
  onResult?: (outcome: BillingKeyOutcome) => void;
  /** The page URL, for the default `m_redirect_url`. */
  currentUrl?: string;
}

/** Replaces the loader's English message with the locale's. */
function localize(error: unknown, messages: CoreMessages): BillingKeyError {
  if (!isBillingKeyError(error)) return new BillingKeyError('PG_FAILED', messages.errors.PG_FAILED, { response: error });
  // SDK_LOAD_FAILED and SDK_TIMEOUT come from the page-wide loader, in English.
  return error.code.startsWith('SDK_') ? new BillingKeyError(error.code, messages.errors[error.code]) : error;
}

/**
 * Runs one billing-key request: validate, take the page's window, load the SDK if needed, open the window,
 * turn the response into an outcome, verify it, report it to `onResult`.
 * When the SDK is already loaded, `IMP.request_pay` is called synchronously, inside the caller's click handler.
 */
export function runBillingKeyRequest(
  request: BillingKeyRequest,
  env: RequestEnvironment,
  onPhase: (phase: RequestPhase) => void = () => {},
): Promise<BillingKeyResult> {
  const owner = {};
  const report = (outcome: BillingKeyOutcome): Promise<BillingKeyResult> => {
    releaseWindow(owner);
    if (outcome.status === 'success') noteIssuedKey(outcome.result.customerUid);
    try {
      env.onResult?.(outcome);
    } catch (error) {
      // A throwing onResult must not turn a success into a failure; surface it without breaking the flow.
      setTimeout(() => {
        throw error;
      });
    }
    return outcome.status === 'success' ? Promise.resolve(outcome.result) : Promise.reject(outcome.error);
  };
  const fail = (error: unknown) => report({ status: 'failure', error: localize(error, env.messages) });

  let prepared: PreparedRequest;
  try {
    prepared = prepareRequest(request, { messages: env.messages, currentUrl: env.currentUrl });
  } catch (error) {
    return fail(error);
  }
  warnAboutRequest(prepared, request);
  if (!acquireWindow(owner)) return fail(new BillingKeyError('BUSY', env.messages.errors.BUSY));

  const open = (sdk: IamportSdk): Promise<BillingKeyResult> => {
    let response: Promise<IamportResponse | undefined>;
    try {
      ensureInit(sdk, env.userCode);
      rememberPending({
        customerUid: prepared.customerUid,
        merchantUid: prepared.merchantUid,
        pg: prepared.pg,
        amount: prepared.amount,
        openedAt: Date.now(),
      });
      onPhase('pending');
      response = new Promise((resolve) => sdk.request_pay(prepared.params, resolve));
    } catch (error) {
      forgetPending(prepared.merchantUid);
      return fail(error);
    }
    return response
      .then((rsp) => {
        forgetPending(prepared.merchantUid);
        return settleOutcome(rsp, prepared, env, onPhase);
      })
      .then(report);
  };

  const ready = getSdk();
  if (ready) return open(ready);
  onPhase('loading');
  return loadSdk(env.sdk).then(open, fail);
}
