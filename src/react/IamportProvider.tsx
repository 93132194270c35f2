import { useEffect, useMemo } from 'react';
import { createIamportProtocol, USER_CODE_DETAIL } from '../core/flows/v1-protocol';
import { describe, isUserCode } from '../core/request/fields';
import type { Locale } from '../core/vocabulary/core-messages';
import type { VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import { errorOnce } from '../core/page/dev-notes';
import { iamportLoader } from '../core/page/v1-sdk';
import type { PgRules } from '../core/rules/v1-pg-lookup';
import { pgRuleProblems } from '../core/rules/v1-validate-rule';
import { IamportContext, type IamportContextValue } from './iamport-context';
import { BillingKeyUiContext, type BillingKeyUi } from './ui-context';
import { useProviderSettings, type SharedProviderProps } from './provider-settings';
import { useRuleCheck } from './use-rule-check';

/** Props of {@link IamportProvider}. */
export interface IamportProviderProps extends SharedProviderProps<BillingKeyResult> {
  /** Your PortOne merchant code (가맹점 식별코드), e.g. `imp12345678`, passed to `IMP.init`. Required. */
  userCode: string;
  /** Where the v1 SDK is loaded from when the page has no `window.IMP`. Default `https://cdn.iamport.kr/v1/iamport.js`. */
  sdkUrl?: string;
  /** Language of labels, notices and error messages. Default `'ko'`. */
  locale?: Locale;
  /**
   * Asks your server to confirm the key before success is reported. There: `GET /subscribe/customers/{customer_uid}`
   * (`GET /payments/{imp_uid}` hides test-channel payments unless `include_sandbox=true`); in production refuse a key
   * whose `sandbox` is `true`.
   */
  verify?: VerifyBillingKey<BillingKeyResult>;
  /**
   * Extra or overriding PG rules, keyed by PG code, shaped like `PG_RULES` entries: for a PG the library does not know yet.
   * Checked when the provider mounts (a development error names what is wrong) and before each request that uses them.
   */
  pgRules?: PgRules;
}

/**
 * Loads the PortOne v1 SDK once for the page (or uses the page's `window.IMP`) and holds what every button and hook
 * shares: the user code, texts, `verify`, `onResult` and extra PG rules. Renders only its children; safe on a server.
 * Follows PortOne's v1 setup (docs: integration/start/v1/auth: `IMP.init(userCode)` once, before the first request).
 */
export function IamportProvider(props: IamportProviderProps) {
  const { userCode, locale = 'ko', messages, pgRules, children } = props;
  const shared = useProviderSettings(props, iamportLoader);
  const value = useMemo<IamportContextValue>(() => {
    const settings = { userCode, extraRules: pgRules };
    return { ...shared, settings, protocol: createIamportProtocol(settings) };
  }, [userCode, pgRules, shared]);
  const ui = useMemo<BillingKeyUi>(
    () => ({ locale: locale === 'en' ? 'en' : 'ko', overrides: messages, extraRules: pgRules }),
    [locale, messages, pgRules],
  );

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && !isUserCode(userCode)) {
      errorOnce(`IamportProvider userCode ${USER_CODE_DETAIL} (got ${describe(userCode)}); every request is refused.`);
    }
  }, [userCode]);

  // Rule validation is development-only (requests check a merchant's rule in development too); production drops it.
  useRuleCheck(pgRules, process.env.NODE_ENV === 'production' ? undefined : pgRuleProblems);

  return (
    <IamportContext.Provider value={value}>
      <BillingKeyUiContext.Provider value={ui}>{children}</BillingKeyUiContext.Provider>
    </IamportContext.Provider>
  );
}
