import { BillingServerError, redact, safeCause } from './errors';
import { field } from './http';
import type { PortOneSdkModule } from './v2-types';

// The package name in a variable, and the bundler hints: a merchant's bundler (Next.js, webpack, Vite SSR) must not try
// to resolve the optional peer when the shop only uses v1. Node resolves it at run time; edge runtimes pass `sdk`.
const SDK_PACKAGE = '@portone/server-sdk';

let loading: Promise<PortOneSdkModule> | null = null;

/** Loads `@portone/server-sdk` once; a missing package is an `INVALID_REQUEST` that says what to install. */
export function loadPortOneSdk(): Promise<PortOneSdkModule> {
  loading ??= (import(/* webpackIgnore: true */ /* @vite-ignore */ SDK_PACKAGE) as Promise<PortOneSdkModule>).catch(
    (error: unknown) => {
      loading = null;
      throw new BillingServerError(
        'INVALID_REQUEST',
        'createPortOneServer needs the optional peer dependency @portone/server-sdk: npm install @portone/server-sdk ' +
          '(or pass the module as `sdk`).',
        { cause: safeCause(error, []) },
      );
    },
  );
  return loading;
}

/** The billing-key and payment calls this entry makes, as the SDK's `PaymentClient` has them. */
export interface PaymentCalls {
  billingKey: {
    getBillingKeyInfo(options: { billingKey: string; storeId?: string }): Promise<unknown>;
    getBillingKeyInfos(options: { page?: { number: number; size: number }; filter?: Record<string, unknown> }): Promise<unknown>;
    confirmBillingKey(options: { billingIssueToken: string }): Promise<unknown>;
    deleteBillingKey(options: { billingKey: string; reason?: string; requester?: string }): Promise<unknown>;
  };
  payWithBillingKey(options: Record<string, unknown>): Promise<unknown>;
  getPayment(options: { paymentId: string; storeId?: string }): Promise<unknown>;
}

/**
 * What an error thrown by an SDK call means: PortOne's `BILLING_KEY_NOT_FOUND` → `NOT_FOUND`, `BILLING_KEY_ALREADY_DELETED`
 * → `DELETED`, another PortOne error → `PORTONE_ERROR` (its `type` in `portOneCode`); a body that is not JSON (a
 * gateway's HTML page) → `PORTONE_ERROR`; a fetch that got no answer → `NETWORK`. The SDK's error object is never kept.
 */
export function sdkFailure(error: unknown, action: string, secrets: readonly (string | undefined)[]): BillingServerError {
  if (error instanceof BillingServerError) return error;
  const type = field(field(error, 'data'), 'type');
  if (typeof type === 'string') {
    const said = field(field(error, 'data'), 'message');
    const message = `PortOne refused ${action} (${type})${typeof said === 'string' && said ? `: ${redact(said, secrets)}` : ''}`;
    const code =
      type === 'BILLING_KEY_NOT_FOUND' ? 'NOT_FOUND' : type === 'BILLING_KEY_ALREADY_DELETED' ? 'DELETED' : 'PORTONE_ERROR';
    return new BillingServerError(code, message, { portOneCode: type });
  }
  if (error instanceof TypeError && /fetch|network|connect/i.test(error.message)) {
    return new BillingServerError('NETWORK', `PortOne could not be reached (${action}).`, { cause: safeCause(error, secrets) });
  }
  return new BillingServerError('PORTONE_ERROR', `PortOne did not answer ${action} with its API's JSON.`, {
    cause: safeCause(error, secrets),
  });
}
