import { useContext } from 'react';
import { createPortOneReturn } from '../../core/flows/v2-return';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { useRedirectFlow, type BillingKeyRedirectStatus } from '../use-redirect-flow';
import { PortOneContext } from './portone-context';

/** Options of the v2 {@link useBillingKeyRedirect}. */
export interface UseBillingKeyRedirectOptions {
  /** Called once with the issued key (or, with `needsConfirmation`, the token to confirm); `pg` is `''` when this browser did not remember the request. */
  onSuccess?: (result: V2BillingKeyResult) => void;
  /** Called once with a typed {@link BillingKeyError} (`CANCELLED`, `PG_FAILED`, `VERIFY_FAILED`). */
  onFailure?: (error: BillingKeyError) => void;
  /** Overrides the provider's `verify` for the redirect result. */
  verify?: VerifyBillingKey<V2BillingKeyResult>;
}

/** What the v2 {@link useBillingKeyRedirect} returns. */
export interface UseBillingKeyRedirectValue {
  /** `'idle'` until a result is found in the URL, then `'verifying'` (with `verify`), `'success'` or `'failure'`. */
  status: BillingKeyRedirectStatus;
  result: V2BillingKeyResult | null;
  error: BillingKeyError | null;
}

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
