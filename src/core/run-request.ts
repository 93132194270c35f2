import { callSafely } from './call-safely';
import { noteIssuedKey, warnAboutRequest } from './dev-warnings';
import { BillingKeyError, isBillingKeyError } from './errors';
import { failure, type BillingKeyOutcome } from './outcome';
import { forgetPending, rememberPending } from './pending-store';
import { prepareRequest } from './request';
import { settleOutcome } from './settle-outcome';
import { ensureInit, getSdk, loadSdk, type SdkLoadOptions } from './sdk-loader';
import type { BillingKeyRequest, BillingKeyResult, IamportResponse } from './types';
import { acquireWindow, releaseWindow } from './window-lock';
import type { CoreMessages } from '../i18n/types';

// The dev-warnings calls check the bare `process.env.NODE_ENV`, not `DEV`: bundlers fold that while parsing, so production
// drops the calls and the module, whereas an imported `DEV` is inlined after tree-shaking and leaves empty functions behind.
// Typed here so the library needs no Node types.
declare const process: { env: { NODE_ENV?: string } };

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

/**
 * Runs one billing-key request: validate, take the page's window, load the SDK if needed, open the window,
 * turn the response into an outcome, verify it, report it to `onResult`.
 * When the SDK is already loaded, `IMP.request_pay` is called synchronously, inside the caller's click handler.
 */
export async function runBillingKeyRequest(
  request: BillingKeyRequest,
  env: RequestEnvironment,
  onPhase: (phase: RequestPhase) => void = () => {},
): Promise<BillingKeyResult> {
  const owner = {};
  let outcome: BillingKeyOutcome;
  try {
    const prepared = prepareRequest(request, env);
    if (process.env.NODE_ENV !== 'production') warnAboutRequest(prepared, request);
    if (!acquireWindow(owner)) throw new BillingKeyError('BUSY', env.messages.errors.BUSY);
    // No `await` before `request_pay` when the SDK is ready, so the window opens inside the click handler.
    const ready = getSdk();
    if (!ready) onPhase('loading');
    const sdk = ready ?? (await loadSdk(env.sdk));
    let response: IamportResponse | undefined;
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
      response = await new Promise((resolve) => sdk.request_pay(prepared.params, resolve));
    } finally {
      forgetPending(prepared.merchantUid);
    }
    outcome = await settleOutcome(response, prepared, env, onPhase);
  } catch (error) {
    // Anything but a BillingKeyError is a PG failure; the loader's SDK_LOAD_FAILED and SDK_TIMEOUT get the locale's message.
    if (!isBillingKeyError(error)) outcome = failure('PG_FAILED', env.messages, error);
    else outcome = error.code.startsWith('SDK_') ? failure(error.code, env.messages) : { status: 'failure', error };
  }

  releaseWindow(owner);
  if (process.env.NODE_ENV !== 'production' && outcome.status === 'success') noteIssuedKey(outcome.result.customerUid);
  callSafely(() => env.onResult?.(outcome));
  if (outcome.status === 'failure') throw outcome.error;
  return outcome.result;
}
