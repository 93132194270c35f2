import { useContext } from 'react';
import { createPortOneReturn } from '../../core/flows/v2-return';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { useRedirectFlow, type RedirectOptions, type RedirectValue } from '../use-redirect-flow';
import { PortOneContext } from './portone-context';

/**
 * Options of the v2 {@link useBillingKeyRedirect}: `onSuccess` (once, with the issued key or, with
 * `needsConfirmation`, the token to confirm; `pg` is `''` when this browser did not remember the request), `onFailure`
 * (once, with a typed `BillingKeyError`) and `verify` (overrides the provider's).
 */
export type UseBillingKeyRedirectOptions = RedirectOptions<V2BillingKeyResult>;

/** What the v2 {@link useBillingKeyRedirect} returns: `status` (`'idle'` until a result is found in the URL), `result`, `error`. */
export type UseBillingKeyRedirectValue = RedirectValue<V2BillingKeyResult>;

/**
 * For the page at `redirectUrl` (mobile windows of most PGs): reads PortOne's answer (`transactionType`, `billingKey`,
 * `billingIssueToken`, `code`, `message`, `pgCode`, `pgMessage`) and the library's `rbk_issue_id` from the query string
 * or a query inside the hash, recovers the request remembered before the window opened, classifies and verifies it like
 * a promise answer, reports it exactly once (to these callbacks and the provider's `onResult`), then removes those keys
 * with `history.replaceState`, keeping yours. A URL without `rbk_issue_id` next to PortOne's fields is left alone.
 * Works with or without a `PortOneProvider` (Korean texts without one); safe on a server.
 */
export function useBillingKeyRedirect(options: UseBillingKeyRedirectOptions = {}): UseBillingKeyRedirectValue {
  return useRedirectFlow(useContext(PortOneContext), createPortOneReturn, options);
}
