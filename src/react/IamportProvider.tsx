import { useEffect, useMemo, type ReactNode } from 'react';
import type { BillingKeyOutcome } from '../core/outcome';
import type { VerifyBillingKey } from '../core/run-request';
import { loadSdk } from '../core/sdk-loader';
import { CORE_MESSAGES } from '../i18n/core-messages';
import { mergeMessages, type CoreMessages, type Locale, type MessageOverrides } from '../i18n/types';
import type { Messages } from '../i18n/messages';
import { IamportContext, type IamportContextValue } from './context';
import { useLatest } from './use-latest';

/** Props of {@link IamportProvider}. */
export interface IamportProviderProps {
  /** Your PortOne merchant code (가맹점 식별코드), e.g. `imp12345678`. */
  userCode: string;
  /** Where the v1 SDK is loaded from when the page has no `window.IMP`. */
  sdkUrl?: string;
  /** Give up loading the SDK after this many ms (`SDK_TIMEOUT`). Default 15000. */
  loadTimeoutMs?: number;
  /** CSP nonce for the SDK's script tag. */
  nonce?: string;
  /** Subresource Integrity hash for the SDK's script tag. */
  integrity?: string;
  /** Language of labels, notices and error messages. Default `'ko'`. */
  locale?: Locale;
  /** Overrides for any message; hoist the object (a new object each render re-renders consumers). */
  messages?: MessageOverrides<Messages>;
  /** Every request's final outcome, also when the component that started it is gone. */
  onResult?: (outcome: BillingKeyOutcome) => void;
  /** Asks your server to confirm the key before success is reported (`status: 'verifying'` meanwhile). */
  verify?: VerifyBillingKey;
  children?: ReactNode;
}

/**
 * Loads the PortOne SDK once for the page and holds the settings every button and hook shares.
 * Renders nothing itself; safe to render on a server.
 */
export function IamportProvider(props: IamportProviderProps) {
  // sdkUrl and loadTimeoutMs default in the loader (DEFAULT_SDK_URL, DEFAULT_LOAD_TIMEOUT_MS).
  const { userCode, sdkUrl, loadTimeoutMs, nonce, integrity, locale = 'ko', messages } = props;
  // The latest onResult / verify, read at call time, so inline functions do not re-create the context.
  const latest = useLatest(props);

  // Only a change of the script's own settings may start a new load; a new locale or messages object must not.
  const sdk = useMemo(
    () => ({ url: sdkUrl, timeoutMs: loadTimeoutMs, nonce, integrity }),
    [sdkUrl, loadTimeoutMs, nonce, integrity],
  );
  const value = useMemo<IamportContextValue>(
    () => ({
      userCode,
      latest,
      locale,
      messages,
      coreMessages: mergeMessages<CoreMessages>(CORE_MESSAGES[locale] ?? CORE_MESSAGES.ko, messages),
      sdk,
    }),
    [userCode, latest, locale, messages, sdk],
  );

  // Start loading as soon as checkout renders, so the first click can open the window synchronously.
  useEffect(() => {
    loadSdk(sdk).catch(() => {
      // Reported through useIamport(); the next request or retry() loads again.
    });
  }, [sdk]);

  return <IamportContext.Provider value={value}>{props.children}</IamportContext.Provider>;
}
