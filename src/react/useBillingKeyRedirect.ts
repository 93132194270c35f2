import { useContext } from 'react';
import { createIamportReturn } from '../core/flows/v1-return';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import { IamportContext } from './iamport-context';
import { useRedirectFlow, type RedirectOptions, type RedirectValue } from './use-redirect-flow';

export type { BillingKeyRedirectStatus } from './use-redirect-flow';

/**
 * Options of {@link useBillingKeyRedirect}: `onSuccess` (once, with the v1 result; its `customerUid` is `null` when this
 * browser did not remember the request), `onFailure` (once, with a typed `BillingKeyError`) and `verify` (overrides the
 * provider's).
 */
export type UseBillingKeyRedirectOptions = RedirectOptions<BillingKeyResult>;

/** What {@link useBillingKeyRedirect} returns: `status` (`'idle'` until a result is found in the URL), `result`, `error`. */
export type UseBillingKeyRedirectValue = RedirectValue<BillingKeyResult>;

/**
 * For the page at `m_redirect_url` (mobile windows of most PGs): reads the result PortOne appended (`imp_uid`,
 * `merchant_uid`, `imp_success`/`success`, `error_code`, `error_msg`) from the query string or from a query inside the
 * hash, recovers the `customerUid` remembered before the window opened, classifies and verifies it like a callback,
 * reports it exactly once (to these callbacks and the provider's `onResult`), then removes the library's query keys
 * with `history.replaceState`, keeping yours. A URL without `imp_uid` or a failure signal next to `merchant_uid` (your
 * own links) is left alone. Works with or without an `IamportProvider` (Korean texts without one); safe on a server.
 * Follows docs: integration/start/v1/non-auth (m_redirect_url) and sdk/ko/v1-sdk/javascript-sdk/payrt.
 */
export function useBillingKeyRedirect(options: UseBillingKeyRedirectOptions = {}): UseBillingKeyRedirectValue {
  return useRedirectFlow(useContext(IamportContext), createIamportReturn, options);
}
