import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { createIamportProtocol } from '../core/flows/v1-protocol';
import { coreMessagesFor, mergeMessages, type Locale, type MessageOverrides } from '../core/messages';
import type { BillingKeyOutcome, VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyResult } from '../core/outcome/v1-types';
import { errorOnce } from '../core/page/dev-notes';
import { iamportLoader } from '../core/page/iamport-sdk';
import type { PgRules } from '../core/rules/pg-lookup';
import { pgRuleProblems } from '../core/rules/validate-rule';
import type { Messages } from '../messages/messages';
import { IamportContext, type IamportContextValue } from './iamport-context';
import { BillingKeyUiContext, type BillingKeyUi } from './ui-context';
import { useLatest } from './use-latest';

/** Props of {@link IamportProvider}. */
export interface IamportProviderProps {
  /** Your PortOne merchant code (가맹점 식별코드), e.g. `imp12345678`, passed to `IMP.init`. Required. */
  userCode: string;
  /** Where the v1 SDK is loaded from when the page has no `window.IMP`. Default `https://cdn.iamport.kr/v1/iamport.js`. */
  sdkUrl?: string;
  /** Give up loading the SDK after this many ms (`SDK_TIMEOUT`). Default 15000. */
  loadTimeoutMs?: number;
  /** CSP nonce for the SDK's script tag. */
  nonce?: string;
  /** Subresource Integrity hash for the SDK's script tag. */
  integrity?: string;
  /** Language of labels, notices and error messages. Default `'ko'`. */
  locale?: Locale;
  /** Overrides for any text (`{ button: { label }, errors: { CANCELLED } }`); hoist the object out of render. */
  messages?: MessageOverrides<Messages>;
  /**
   * Every request's final outcome, also when the component that started it is gone, and also a window's late answer
   * after its request was abandoned (so a key that was issued is never lost).
   */
  onResult?: (outcome: BillingKeyOutcome<BillingKeyResult>) => void;
  /** Asks your server to confirm the key (there: `GET /subscribe/customers/{customer_uid}`) before success is reported. */
  verify?: VerifyBillingKey<BillingKeyResult>;
  /**
   * Extra or overriding PG rules, keyed by PG code, shaped like `PG_RULES` entries: for a PG the library does not know yet.
   * Checked when the provider mounts (a development error names what is wrong) and before each request that uses them.
   */
  pgRules?: PgRules;
  children?: ReactNode;
}

/**
 * Loads the PortOne v1 SDK once for the page (or uses the page's `window.IMP`) and holds what every button and hook
 * shares: the user code, texts, `verify`, `onResult` and extra PG rules. Renders only its children; safe on a server.
 * Follows PortOne's v1 setup (docs: integration/start/v1/auth: `IMP.init(userCode)` once, before the first request).
 */
export function IamportProvider(props: IamportProviderProps) {
  const { userCode, sdkUrl, loadTimeoutMs, nonce, integrity, locale = 'ko', messages, pgRules, children } = props;
  const latest = useLatest(props);

  // Stable functions that call the latest props: inline callbacks do not re-render every consumer.
  const report = useCallback((outcome: BillingKeyOutcome<BillingKeyResult>) => latest.current.onResult?.(outcome), [latest]);
  const hasVerify = typeof props.verify === 'function';
  const verify = useMemo(
    () => (hasVerify ? (result: BillingKeyResult) => latest.current.verify?.(result) ?? false : undefined),
    [hasVerify, latest],
  );
  // Only the script's own settings may start a new load; a new locale or messages object must not.
  const loadOptions = useMemo(
    () => ({ url: sdkUrl, timeoutMs: loadTimeoutMs, nonce, integrity }),
    [sdkUrl, loadTimeoutMs, nonce, integrity],
  );
  const coreMessages = useMemo(() => mergeMessages(coreMessagesFor(locale), messages), [locale, messages]);
  const value = useMemo<IamportContextValue>(() => {
    const settings = { userCode, extraRules: pgRules };
    return { settings, protocol: createIamportProtocol(settings), messages: coreMessages, loadOptions, verify, report };
  }, [userCode, pgRules, coreMessages, loadOptions, verify, report]);
  const ui = useMemo<BillingKeyUi>(
    () => ({ locale: locale === 'en' ? 'en' : 'ko', overrides: messages, extraRules: pgRules }),
    [locale, messages, pgRules],
  );

  // Start loading as soon as checkout renders, so the first click can open the window synchronously.
  useEffect(() => {
    iamportLoader.load(loadOptions).catch(() => {
      // Reported through useIamport(); the next request or retry() loads again.
    });
  }, [loadOptions]);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && pgRules) {
      for (const [code, rule] of Object.entries(pgRules)) {
        const problems = pgRuleProblems(rule);
        if (problems.length > 0) errorOnce(`pgRules.${code} is invalid, so requests for it are refused: ${problems.join('; ')}`);
      }
    }
  }, [pgRules]);

  return (
    <IamportContext.Provider value={value}>
      <BillingKeyUiContext.Provider value={ui}>{children}</BillingKeyUiContext.Provider>
    </IamportContext.Provider>
  );
}
