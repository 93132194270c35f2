import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { createPortOneProtocol } from '../../core/flows/v2-protocol';
import { coreMessagesFor, mergeMessages, type Locale, type MessageOverrides } from '../../core/messages';
import type { BillingKeyOutcome, VerifyBillingKey } from '../../core/outcome/outcome';
import type { V2BillingKeyResult } from '../../core/outcome/v2-types';
import { portOneLoader } from '../../core/page/portone-sdk';
import type { Messages } from '../../messages/messages';
import { BillingKeyUiContext, type BillingKeyUi } from '../ui-context';
import { useLatest } from '../use-latest';
import { PortOneContext, type PortOneContextValue } from './portone-context';

/** Props of {@link PortOneProvider}. */
export interface PortOneProviderProps {
  /** Your PortOne store id (`store-…`, console → 연동 정보), sent with every request. Required. */
  storeId: string;
  /** Where the v2 SDK is loaded from when the page has no `window.PortOne`. Default `https://cdn.portone.io/v2/browser-sdk.js`. */
  sdkUrl?: string;
  /** Give up loading the SDK after this many ms (`SDK_TIMEOUT`). Default 15000. */
  loadTimeoutMs?: number;
  /** CSP nonce for the SDK's script tag. */
  nonce?: string;
  /** Subresource Integrity hash for the SDK's script tag. */
  integrity?: string;
  /** Language of labels, notices, error messages and the default `issueName`. Default `'ko'`. */
  locale?: Locale;
  /** Overrides for any text (`{ button: { label }, errors: { CANCELLED } }`); hoist the object out of render. */
  messages?: MessageOverrides<Messages>;
  /**
   * Every request's final outcome, also when the component that started it is gone, and also a window's late answer
   * after its request was abandoned (so a key that was issued is never lost).
   */
  onResult?: (outcome: BillingKeyOutcome<V2BillingKeyResult>) => void;
  /**
   * Asks your server to confirm the key before success is reported: `GET /billing-keys/{billingKey}`, or with manual
   * confirmation (`result.needsConfirmation`) `POST /billing-keys/confirm` with `result.billingIssueToken`.
   */
  verify?: VerifyBillingKey<V2BillingKeyResult>;
  children?: ReactNode;
}

/**
 * Loads the PortOne v2 SDK once for the page (or uses the page's `window.PortOne`) and holds what every button and hook
 * shares: the store id, texts, `verify` and `onResult`. Renders only its children; safe on a server. The loader retries
 * after a failed or timed-out load (PortOne's own npm loader keeps a failed load for the life of the page).
 * Follows PortOne's v2 setup (docs: sdk/ko/v2-sdk/readme; the script defines `window.PortOne`).
 */
export function PortOneProvider(props: PortOneProviderProps) {
  const { storeId, sdkUrl, loadTimeoutMs, nonce, integrity, locale = 'ko', messages, children } = props;
  const latest = useLatest(props);

  // Stable functions that call the latest props: inline callbacks do not re-render every consumer.
  const report = useCallback((outcome: BillingKeyOutcome<V2BillingKeyResult>) => latest.current.onResult?.(outcome), [latest]);
  const hasVerify = typeof props.verify === 'function';
  const verify = useMemo(
    () => (hasVerify ? (result: V2BillingKeyResult) => latest.current.verify?.(result) ?? false : undefined),
    [hasVerify, latest],
  );
  // Only the script's own settings may start a new load; a new locale or messages object must not.
  const loadOptions = useMemo(
    () => ({ url: sdkUrl, timeoutMs: loadTimeoutMs, nonce, integrity }),
    [sdkUrl, loadTimeoutMs, nonce, integrity],
  );
  const coreMessages = useMemo(() => mergeMessages(coreMessagesFor(locale), messages), [locale, messages]);
  const value = useMemo<PortOneContextValue>(() => {
    const settings = { storeId };
    return { settings, protocol: createPortOneProtocol(settings), messages: coreMessages, loadOptions, verify, report };
  }, [storeId, coreMessages, loadOptions, verify, report]);
  const ui = useMemo<BillingKeyUi>(() => ({ locale: locale === 'en' ? 'en' : 'ko', overrides: messages }), [locale, messages]);

  // Start loading as soon as checkout renders, so the first click can open the window synchronously.
  useEffect(() => {
    portOneLoader.load(loadOptions).catch(() => {
      // Reported through usePortOne(); the next request or retry() loads again.
    });
  }, [loadOptions]);

  return (
    <PortOneContext.Provider value={value}>
      <BillingKeyUiContext.Provider value={ui}>{children}</BillingKeyUiContext.Provider>
    </PortOneContext.Provider>
  );
}
