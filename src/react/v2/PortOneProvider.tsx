import { useEffect, useMemo } from 'react';
import { createPortOneProtocol } from '../../core/flows/v2-protocol';
import type { Locale } from '../../core/vocabulary/core-messages';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { errorOnce } from '../../core/page/dev-notes';
import { portOneLoader } from '../../core/page/v2-sdk';
import { describe, isStoreId } from '../../core/request/fields';
import type { V2PgRules } from '../../core/rules/v2-pg-rules';
import { v2PgRuleProblems } from '../../core/rules/v2-validate-rule';
import { BillingKeyUiContext, type BillingKeyUi } from '../ui-context';
import { useProviderSettings, type SharedProviderProps } from '../provider-settings';
import { useRuleCheck } from '../use-rule-check';
import { PortOneContext, type PortOneContextValue } from './portone-context';

/** Props of {@link PortOneProvider}. */
export interface PortOneProviderProps extends SharedProviderProps<V2BillingKeyResult> {
  /** Your PortOne store id (`store-…`, console → 연동 정보), sent with every request. Required. */
  storeId: string;
  /** Where the v2 SDK is loaded from when the page has no `window.PortOne`. Default `https://cdn.portone.io/v2/browser-sdk.js`. */
  sdkUrl?: string;
  /** Language of labels, notices, error messages and the default `issueName`. Default `'ko'`. */
  locale?: Locale;
  /**
   * Asks your server to confirm the key before success is reported: `GET /billing-keys/{billingKey}`, or with manual
   * confirmation (`result.needsConfirmation`) `POST /billing-keys/confirm` with `result.billingIssueToken`.
   */
  verify?: VerifyBillingKey<V2BillingKeyResult>;
  /**
   * Extra or overriding PG rules, keyed by the `pg` name, shaped like `PG_RULES` entries of this entry: for a PG or a
   * `billingKeyMethod` the library does not know yet. Checked when the provider mounts (a development error names every
   * problem) and before each request that uses them; a broken rule refuses its requests, never the render.
   */
  pgRules?: V2PgRules;
}

/**
 * Loads the PortOne v2 SDK once for the page (or uses the page's `window.PortOne`) and holds what every button and hook
 * shares: the store id, texts, `verify`, `onResult` and the merchant's `pgRules`. Renders only its children; safe on a server. The loader retries
 * after a failed or timed-out load (PortOne's own npm loader keeps a failed load for the life of the page).
 * Follows PortOne's v2 setup (docs: sdk/ko/v2-sdk/readme; the script defines `window.PortOne`).
 */
export function PortOneProvider(props: PortOneProviderProps) {
  const { storeId, locale = 'ko', messages, pgRules, children } = props;
  const shared = useProviderSettings(props, portOneLoader);
  const value = useMemo<PortOneContextValue>(() => {
    const settings = { storeId, extraRules: pgRules };
    return { ...shared, settings, protocol: createPortOneProtocol(settings) };
  }, [storeId, pgRules, shared]);
  const ui = useMemo<BillingKeyUi>(
    () => ({ locale: locale === 'en' ? 'en' : 'ko', overrides: messages, extraV2Rules: pgRules }),
    [locale, messages, pgRules],
  );
  // Rule validation is development-only (requests check a merchant's rule in development too); production drops it.
  useRuleCheck(pgRules, process.env.NODE_ENV === 'production' ? undefined : v2PgRuleProblems);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && !isStoreId(storeId)) {
      errorOnce(
        `PortOneProvider storeId must be your PortOne store id ("store-…"), got ${describe(storeId)}; every request is refused.`,
      );
    }
  }, [storeId]);

  return (
    <PortOneContext.Provider value={value}>
      <BillingKeyUiContext.Provider value={ui}>{children}</BillingKeyUiContext.Provider>
    </PortOneContext.Provider>
  );
}
