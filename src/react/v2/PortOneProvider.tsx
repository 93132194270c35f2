import { useEffect, useMemo } from 'react';
import { portOneProtocolWithRules } from '../../core/flows/v2-protocol';
import { isLocaleTexts, KO_TEXTS, textsFor } from '../../core/vocabulary/core-messages';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { errorOnce } from '../../core/page/dev-notes';
import { ownFields } from '../../core/rules/own';
import { portOneLoader } from '../../core/page/v2-sdk';
import { describe, isStoreId } from '../../core/request/fields';
import { V2_FLOWS, type V2Flows } from '../../core/request/v2-first-payment';
import { issueAndPayOf } from '../../core/request/v2-request';
import { V2_PG_RULES, type V2PgRules } from '../../core/rules/v2-pg-rules';
import { v2PgRuleProblems } from '../../core/rules/v2-validate-rule';
import { BillingKeyUiContext, type BillingKeyUi } from '../ui-context';
import { useProviderSettings, type LeanProviderProps, type SharedProviderProps } from '../provider-settings';
import { useRuleCheck } from '../use-rule-check';
import { PortOneContext, type PortOneContextValue } from './portone-context';

/** Props of {@link PortOneProvider}: `storeId`, and what both generations' providers take (`verify`, `pgRules`, `locale`…). */
export interface PortOneProviderProps extends SharedProviderProps<V2BillingKeyResult, V2PgRules> {
  /** Your PortOne store id (`store-…`, console → 연동 정보), sent with every request. Required. */
  storeId: string;
}

/**
 * Loads the PortOne v2 SDK once for the page (or uses the page's `window.PortOne`) and holds what every button and hook
 * shares: the store id, texts, `verify`, `onResult` and the merchant's `pgRules`. Renders only its children; safe on a server. The loader retries
 * after a failed or timed-out load (PortOne's own npm loader keeps a failed load for the life of the page).
 * Follows PortOne's v2 setup (docs: sdk/ko/v2-sdk/readme; the script defines `window.PortOne`).
 */
export function PortOneProvider(props: PortOneProviderProps) {
  const { locale, ...rest } = ownFields(props);
  return useProviderTree(
    { ...rest, rules: V2_PG_RULES, texts: textsFor(locale), flows: V2_FLOWS },
    process.env.NODE_ENV !== 'production' && 'PortOneProvider',
  );
}

/** Props of {@link LeanPortOneProvider}: those of {@link PortOneProvider}, with `rules` and `texts` for `locale`. */
export interface LeanPortOneProviderProps extends Omit<PortOneProviderProps, 'locale'>, LeanProviderProps<V2PgRules> {
  /**
   * The flows beyond a plain issuance this page uses: `{ issueAndPay }` (imported from this entry) lets requests carry
   * `payment` (`PortOne.requestIssueBillingKeyAndPay`). Left out, a request with `payment`, or for a PG and method that
   * issue a key only with a first payment, is refused with `INVALID_PARAMS` on `payment` and nothing opens. Hoist the
   * object out of render.
   */
  flows?: V2Flows;
}

const NO_FLOWS: V2Flows = {};

/**
 * {@link PortOneProvider} for a page that pays only for what it uses: it knows only the PGs in `rules` and the flows in
 * `flows`, and speaks only the locale of `texts`, so the page's bundle carries no other PG's rules, no issue-and-pay
 * checks unless given, and no other locale's error messages. Everything else is the same provider (`PortOneProvider`
 * is this provider with every PG, every flow and the locale's texts).
 * ```tsx
 * import { LeanPortOneProvider, KO_TEXTS, tosspayments, inicis_v2, issueAndPay } from 'react-billing-key/v2';
 * const rules = { tosspayments };
 * <LeanPortOneProvider storeId="store-…" rules={rules} texts={KO_TEXTS}>…</LeanPortOneProvider>
 * // A page that issues and pays (requests with `payment`):
 * const payRules = { inicis_v2 };
 * const flows = { issueAndPay };
 * <LeanPortOneProvider storeId="store-…" rules={payRules} texts={KO_TEXTS} flows={flows}>…</LeanPortOneProvider>
 * ```
 */
export function LeanPortOneProvider(props: LeanPortOneProviderProps) {
  return useProviderTree(props, process.env.NODE_ENV !== 'production' && 'LeanPortOneProvider');
}

/**
 * Both providers' body; `name` is the component the merchant rendered, for its development errors (`false` in
 * production, where they are dropped). Props are read as
 * own fields: a polluted Object.prototype (`sdkUrl`, `messages`, `pgRules`…) must not load a script or change a text.
 */
function useProviderTree(given: LeanPortOneProviderProps, name: string | false) {
  const props = ownFields(given);
  const { storeId, rules, flows = NO_FLOWS, messages, pgRules, children } = props;
  const texts = isLocaleTexts(props.texts) ? props.texts : KO_TEXTS;
  const shared = useProviderSettings(props, portOneLoader, texts.core);
  const value = useMemo<PortOneContextValue>(() => {
    const settings = { storeId, extraRules: pgRules };
    return { ...shared, settings, protocol: portOneProtocolWithRules(settings, rules, flows) };
  }, [storeId, pgRules, rules, flows, shared]);
  const locale = texts.locale;
  const ui = useMemo<BillingKeyUi>(
    () => ({ locale, overrides: messages, extraV2Rules: pgRules, v2Rules: rules, issueAndPay: !!issueAndPayOf(flows) }),
    [locale, messages, pgRules, rules, flows],
  );
  // Rule validation is development-only (requests check a merchant's rule in development too); production drops it.
  useRuleCheck(pgRules, process.env.NODE_ENV === 'production' ? undefined : v2PgRuleProblems);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && !isStoreId(storeId)) {
      errorOnce(`${name} storeId must be your PortOne store id ("store-…"), got ${describe(storeId)}; every request is refused.`);
    }
  }, [storeId, name]);

  return (
    <PortOneContext.Provider value={value}>
      <BillingKeyUiContext.Provider value={ui}>{children}</BillingKeyUiContext.Provider>
    </PortOneContext.Provider>
  );
}
