import { useEffect, useMemo } from 'react';
import { iamportProtocolWithRules, USER_CODE_DETAIL } from '../core/flows/v1-protocol';
import { describe, isUserCode } from '../core/request/fields';
import { EN_TEXTS, isLocaleTexts, KO_TEXTS, type Locale, type LocaleTexts } from '../core/vocabulary/core-messages';
import type { VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import { errorOnce } from '../core/page/dev-notes';
import { iamportLoader } from '../core/page/v1-sdk';
import type { PgRules } from '../core/rules/v1-pg-lookup';
import { PG_RULES } from '../core/rules/v1-pg-rules';
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
  const { locale, ...rest } = props;
  return <LeanIamportProvider {...rest} rules={PG_RULES} texts={locale === 'en' ? EN_TEXTS : KO_TEXTS} />;
}

/** Props of {@link LeanIamportProvider}: those of {@link IamportProvider}, with `rules` and `texts` for `locale`. */
export interface LeanIamportProviderProps extends Omit<IamportProviderProps, 'locale'> {
  /**
   * The PGs this page uses, each the library's own rules imported by its PG code (`{ kcp_billing }`); a `pg` not in
   * here (nor in `pgRules`) is refused with `INVALID_PARAMS`. Hoist the object out of render.
   */
  rules: PgRules;
  /**
   * The texts of one locale: `KO_TEXTS` or `EN_TEXTS`; a `messages` prop still overrides any of them. Default (and for
   * anything that is not one of them) `KO_TEXTS`.
   */
  texts?: LocaleTexts;
}

/**
 * {@link IamportProvider} for a page that pays only for what it uses: it knows only the PGs in `rules` and speaks only
 * the locale of `texts`, so the page's bundle carries no other PG's rules and no other locale's error messages.
 * Everything else is the same provider (`IamportProvider` is this provider with every PG and the locale's texts).
 * ```tsx
 * import { LeanIamportProvider, KO_TEXTS, kcp_billing } from 'react-billing-key';
 * const rules = { kcp_billing };
 * <LeanIamportProvider userCode="imp12345678" rules={rules} texts={KO_TEXTS}>…</LeanIamportProvider>
 * ```
 */
export function LeanIamportProvider(props: LeanIamportProviderProps) {
  const { userCode, rules, messages, pgRules, children } = props;
  const texts = isLocaleTexts(props.texts) ? props.texts : KO_TEXTS;
  const shared = useProviderSettings(props, iamportLoader, texts.core);
  const value = useMemo<IamportContextValue>(() => {
    const settings = { userCode, extraRules: pgRules };
    return { ...shared, settings, protocol: iamportProtocolWithRules(settings, rules) };
  }, [userCode, pgRules, rules, shared]);
  const locale = texts.locale;
  const ui = useMemo<BillingKeyUi>(
    () => ({ locale, overrides: messages, extraRules: pgRules, rules }),
    [locale, messages, pgRules, rules],
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
