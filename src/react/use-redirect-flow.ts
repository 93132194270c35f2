import { useMemo } from 'react';
import { createRedirectController, type RedirectStatus } from '../core/flows/redirect-controller';
import type { ReturnProtocol } from '../core/flows/protocol';
import type { BillingKeyOutcome, VerifyBillingKey } from '../core/outcome/outcome';
import { coreMessagesFor, type CoreMessages } from '../core/vocabulary/core-messages';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { useController } from './use-controller';

/** Where a redirect page stands: `'idle'` until (and unless) a result is found in the URL. */
export type BillingKeyRedirectStatus = RedirectStatus;

/**
 * Options of `useBillingKeyRedirect` and `BillingKeyRedirect`, for either generation's result (each entry names it
 * `UseBillingKeyRedirectOptions`).
 */
export interface RedirectOptions<TResult> {
  /**
   * Called once with the issued key (v2 with `needsConfirmation`: the token to confirm). When this browser did not
   * remember the request, v1's `customerUid` is `null` and v2's `pg` is `''`.
   */
  onSuccess?: ((result: TResult) => void) | undefined;
  /** Called once with a typed {@link BillingKeyError} (`CANCELLED`, `PG_FAILED`, `VERIFY_FAILED`). */
  onFailure?: ((error: BillingKeyError) => void) | undefined;
  /** Overrides the provider's `verify` for the redirect result. */
  verify?: VerifyBillingKey<TResult> | undefined;
}

/** What `useBillingKeyRedirect` returns, for either generation's result (each entry names it `UseBillingKeyRedirectValue`). */
export interface RedirectValue<TResult> {
  /** `'idle'` until a result is found in the URL, then `'verifying'` (with `verify`), `'success'` or `'failure'`. */
  status: BillingKeyRedirectStatus;
  /** The issued key, once reported as a success; `null` otherwise. */
  result: TResult | null;
  /** The typed error, once reported as a failure; `null` otherwise. */
  error: BillingKeyError | null;
}

/** What the redirect page reads of its generation's provider, when there is one. */
interface ProviderValue<TResult, TRules> {
  readonly settings: { readonly extraRules?: TRules | undefined };
  readonly messages: CoreMessages;
  readonly verify?: VerifyBillingKey<TResult> | undefined;
  readonly verifyTimeoutMs?: number | undefined;
  readonly report?: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
}

/**
 * The one binding of both generations' `useBillingKeyRedirect`: the generation's return protocol with the provider's
 * rules, texts (Korean without a provider), `verify` and `onResult`, bound by `useController` like the request flow.
 * The page's URL is read after hydration, so the server and the first client render agree (`'idle'`).
 */
export function useRedirectFlow<TResult extends { verified: boolean; response: unknown }, TRules>(
  provider: ProviderValue<TResult, TRules> | null,
  createReturn: (settings: { extraRules?: TRules | undefined }) => ReturnProtocol<TResult>,
  options: RedirectOptions<TResult>,
): RedirectValue<TResult> {
  const extraRules = provider?.settings.extraRules;
  const protocol = useMemo(() => createReturn({ extraRules }), [createReturn, extraRules]);
  const { onSuccess, onFailure } = options;
  const verify = options.verify ?? provider?.verify;
  const environment = useMemo(
    () => ({
      protocol,
      messages: provider?.messages ?? coreMessagesFor('ko'),
      verify,
      verifyTimeoutMs: provider?.verifyTimeoutMs,
      report: provider?.report,
      notify: (outcome: BillingKeyOutcome<TResult>) =>
        outcome.status === 'success' ? onSuccess?.(outcome.result) : onFailure?.(outcome.error),
    }),
    [protocol, provider, verify, onSuccess, onFailure],
  );
  return useController(createRedirectController<TResult>, environment)[0];
}
