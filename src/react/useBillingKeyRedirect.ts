import { useContext, useEffect, useState } from 'react';
import { callSafely } from '../core/call-safely';
import type { BillingKeyError } from '../core/errors';
import type { BillingKeyOutcome } from '../core/outcome';
import { forgetPending, peekPending } from '../core/pending-store';
import { getPgRule } from '../core/pg-rules';
import { parseRedirectQuery, stripRedirectQuery } from '../core/redirect-url';
import { claimRedirect, recordReported } from '../core/redirect-reports';
import type { VerifyBillingKey } from '../core/run-request';
import { settleOutcome } from '../core/settle-outcome';
import type { BillingKeyResult } from '../core/types';
import { CORE_MESSAGES } from '../i18n/core-messages';
import { IamportContext } from './context';
import { useLatest } from './use-latest';

/** Where the redirect page stands: `'idle'` until (and unless) a redirect result is found in the URL. */
export type BillingKeyRedirectStatus = 'idle' | 'verifying' | 'success' | 'failure';

/** Options of {@link useBillingKeyRedirect}. */
export interface UseBillingKeyRedirectOptions {
  /** Called once with the issued key; `customerUid` is `null` when this browser did not remember the request. */
  onSuccess?: (result: BillingKeyResult) => void;
  /** Called once with a typed {@link BillingKeyError} (`CANCELLED`, `PG_FAILED`, `VERIFY_FAILED`). */
  onFailure?: (error: BillingKeyError) => void;
  /** Overrides the provider's `verify` for the redirect result. */
  verify?: VerifyBillingKey;
}

/** What {@link useBillingKeyRedirect} returns. */
export interface UseBillingKeyRedirectValue {
  status: BillingKeyRedirectStatus;
  result: BillingKeyResult | null;
  error: BillingKeyError | null;
}

/**
 * For the page at `m_redirect_url` (mobile JTNet, KCP, KICC, Paymentwall; CHAI everywhere): reads the result PortOne
 * put in the URL, recovers the request remembered before the window opened (`customerUid`, `pg`, `amount`), classifies
 * and verifies it like a callback, reports it exactly once (to the callbacks and the provider's `onResult`), then removes
 * the library's query keys with `history.replaceState`, keeping yours. Does nothing when the URL has no `merchant_uid`.
 * Works with or without an {@link IamportProvider} (Korean messages without one); safe to render on a server.
 */
export function useBillingKeyRedirect(options: UseBillingKeyRedirectOptions = {}): UseBillingKeyRedirectValue {
  const context = useContext(IamportContext);
  const [state, setState] = useState<UseBillingKeyRedirectValue>({ status: 'idle', result: null, error: null });
  const latest = useLatest({ options, context });

  useEffect(() => {
    const clean = () => {
      const url = stripRedirectQuery(window.location.href);
      if (url !== window.location.href) window.history.replaceState(window.history.state, '', url);
    };
    const response = parseRedirectQuery(window.location.href);
    if (!response) return;
    const merchantUid = response.merchant_uid as string;
    const id = `${merchantUid} ${response.imp_uid ?? ''}`;
    if (!claimRedirect(id)) {
      clean();
      return;
    }
    const { options: opts, context: ctx } = latest.current;
    const pending = peekPending(merchantUid);
    // No setState guard on unmount: StrictMode re-mounts the same component, which must still see the outcome.
    void settleOutcome(
      response,
      pending ? { ...pending, rule: getPgRule(pending.pg) } : { customerUid: null, merchantUid, pg: '', amount: 0 },
      { messages: ctx?.coreMessages ?? CORE_MESSAGES.ko, verify: opts.verify ?? ctx?.latest.current.verify },
      (status) => setState({ status, result: null, error: null }),
    ).then((outcome: BillingKeyOutcome) => {
      forgetPending(merchantUid);
      recordReported(id);
      const { options: now, context: nowCtx } = latest.current;
      // The outcome carries its status and either result or error: the state is the outcome with the other one null.
      setState({ result: null, error: null, ...outcome });
      // One throwing callback must not keep the other from running.
      callSafely(() => (outcome.status === 'success' ? now.onSuccess?.(outcome.result) : now.onFailure?.(outcome.error)));
      callSafely(() => nowCtx?.latest.current.onResult?.(outcome));
      clean();
    });
    // `latest` keeps its identity: this runs once per mount.
  }, [latest]);

  return state;
}
