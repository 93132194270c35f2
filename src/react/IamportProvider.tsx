import { useEffect, useMemo } from 'react';
import { iamportProtocolWithRules, USER_CODE_DETAIL } from '../core/flows/v1-protocol';
import { describe, isUserCode } from '../core/request/fields';
import { isLocaleTexts, KO_TEXTS, textsFor } from '../core/vocabulary/core-messages';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import { errorOnce } from '../core/page/dev-notes';
import { ownFields } from '../core/rules/own';
import { iamportLoader } from '../core/page/v1-sdk';
import type { PgRules } from '../core/rules/v1-pg-lookup';
import { PG_RULES } from '../core/rules/v1-pg-rules';
import { pgRuleProblems } from '../core/rules/v1-validate-rule';
import { IamportContext, type IamportContextValue } from './iamport-context';
import { BillingKeyUiContext, type BillingKeyUi } from './ui-context';
import { useProviderSettings, type LeanProviderProps, type SharedProviderProps } from './provider-settings';
import { useRuleCheck } from './use-rule-check';

/** Props of {@link IamportProvider}: `userCode`, and what both generations' providers take (`verify`, `pgRules`, `locale`…). */
export interface IamportProviderProps extends SharedProviderProps<BillingKeyResult, PgRules> {
  /** Your PortOne merchant code (가맹점 식별코드), e.g. `imp12345678`, passed to `IMP.init`. Required. */
  userCode: string;
}

/**
 * Loads the PortOne v1 SDK once for the page (or uses the page's `window.IMP`) and holds what every button and hook
 * shares: the user code, texts, `verify`, `onResult` and extra PG rules. Renders only its children; safe on a server.
 * Follows PortOne's v1 setup (docs: integration/start/v1/auth: `IMP.init(userCode)` once, before the first request).
 */
export function IamportProvider(props: IamportProviderProps) {
  const { locale, ...rest } = ownFields(props);
  return useProviderTree(
    { ...rest, rules: PG_RULES, texts: textsFor(locale) },
    process.env.NODE_ENV !== 'production' && 'IamportProvider',
  );
}

/** Props of {@link LeanIamportProvider}: those of {@link IamportProvider}, with `rules` and `texts` for `locale`. */
export interface LeanIamportProviderProps extends Omit<IamportProviderProps, 'locale'>, LeanProviderProps<PgRules> {}

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
  return useProviderTree(props, process.env.NODE_ENV !== 'production' && 'LeanIamportProvider');
}

/**
 * Both providers' body; `name` is the component the merchant rendered, for its development errors (`false` in
 * production, where they are dropped). Props are read as
 * own fields: a polluted Object.prototype (`sdkUrl`, `messages`, `pgRules`…) must not load a script or change a text.
 */
function useProviderTree(given: LeanIamportProviderProps, name: string | false) {
  const props = ownFields(given);
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
      errorOnce(`${name} userCode ${USER_CODE_DETAIL} (got ${describe(userCode)}); every request is refused.`);
    }
  }, [userCode, name]);

  // Rule validation is development-only (requests check a merchant's rule in development too); production drops it.
  useRuleCheck(pgRules, process.env.NODE_ENV === 'production' ? undefined : pgRuleProblems);

  return (
    <IamportContext.Provider value={value}>
      <BillingKeyUiContext.Provider value={ui}>{children}</BillingKeyUiContext.Provider>
    </IamportContext.Provider>
  );
}
