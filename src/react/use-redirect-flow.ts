import { useMemo } from 'react';
import { createRedirectController, type RedirectSnapshot, type RedirectStatus } from '../core/flows/redirect-controller';
import type { ReturnProtocol } from '../core/flows/protocol';
import type { BillingKeyOutcome, VerifyBillingKey } from '../core/outcome/outcome';
import { coreMessagesFor, type CoreMessages } from '../core/vocabulary/core-messages';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { useController } from './use-controller';

/** Where a redirect page stands: `'idle'` until (and unless) a result is found in the URL. */
export type BillingKeyRedirectStatus = RedirectStatus;

/** The redirect page's options, for either generation. */
export interface RedirectOptions<TResult> {
  onSuccess?: ((result: TResult) => void) | undefined;
  onFailure?: ((error: BillingKeyError) => void) | undefined;
  verify?: VerifyBillingKey<TResult> | undefined;
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
): RedirectSnapshot<TResult> {
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
