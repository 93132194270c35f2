import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { mergeMessages, type CoreMessages, type MessageOverrides } from '../core/vocabulary/core-messages';
import type { BillingKeyOutcome, VerifyBillingKey } from '../core/outcome/outcome';
import type { SdkLoader, SdkLoadOptions } from '../core/page/sdk-loader';
import type { Messages } from '../texts/messages';
import { useLatest } from './use-latest';

/** The props both generations' providers share. */
export interface SharedProviderProps<TResult> {
  /**
   * Give up loading the SDK after this many ms (`SDK_TIMEOUT`). Default 15000. `Infinity` (or more than 2,147,483,647)
   * means no limit; a value that is not a positive number is a development error, and the default applies.
   */
  loadTimeoutMs?: number;
  /**
   * How long `verify` may take, in ms, before the request fails `VERIFY_FAILED` (the issued key is in `error.result`).
   * Default 30000; `Infinity` means no limit; a value that is not a positive number is a development error, and the
   * default applies.
   */
  verifyTimeoutMs?: number;
  /** CSP nonce for the SDK's script tag. */
  nonce?: string;
  /** Subresource Integrity hash for the SDK's script tag. */
  integrity?: string;
  /** Overrides for any text (`{ button: { label }, errors: { CANCELLED } }`); hoist the object out of render. */
  messages?: MessageOverrides<Messages>;
  /**
   * Every request's final outcome, also when the component that started it is gone, and also a window's late answer
   * after its request was abandoned (so a key that was issued is never lost).
   */
  onResult?: (outcome: BillingKeyOutcome<TResult>) => void;
  children?: ReactNode;
}

/** What a provider's request environment takes from its props, stable while the settings it depends on are. */
export interface ProviderSettings<TResult> {
  readonly messages: CoreMessages;
  readonly loadOptions: SdkLoadOptions;
  readonly verify: VerifyBillingKey<TResult> | undefined;
  readonly verifyTimeoutMs: number | undefined;
  readonly report: (outcome: BillingKeyOutcome<TResult>) => void;
}

interface SettingsProps<TResult> extends SharedProviderProps<TResult> {
  sdkUrl?: string | undefined;
  verify?: VerifyBillingKey<TResult> | undefined;
}

/**
 * A provider's shared plumbing: stable `verify` and `report` functions that call the latest props (so inline
 * callbacks do not re-render every consumer), the texts (the locale's `texts` with the `messages` overrides), the
 * script's load options, and the SDK load started as soon as checkout renders (so the first click can open the window
 * synchronously).
 */
export function useProviderSettings<TResult, TSdk>(
  props: SettingsProps<TResult>,
  loader: SdkLoader<TSdk>,
  texts: CoreMessages,
): ProviderSettings<TResult> {
  const { sdkUrl, loadTimeoutMs, verifyTimeoutMs, nonce, integrity, messages } = props;
  const latest = useLatest(props);
  const report = useCallback((outcome: BillingKeyOutcome<TResult>) => latest.current.onResult?.(outcome), [latest]);
  const hasVerify = typeof props.verify === 'function';
  const verify = useMemo(
    () => (hasVerify ? (result: TResult) => latest.current.verify?.(result) ?? false : undefined),
    [hasVerify, latest],
  );
  // Only the script's own settings may start a new load; a new locale or messages object must not.
  const loadOptions = useMemo(
    () => ({ url: sdkUrl, timeoutMs: loadTimeoutMs, nonce, integrity }),
    [sdkUrl, loadTimeoutMs, nonce, integrity],
  );
  const coreMessages = useMemo(() => mergeMessages(texts, messages), [texts, messages]);

  useEffect(() => {
    loader.load(loadOptions).catch(() => {
      // Reported through useIamport() / usePortOne(); the next request or retry() loads again.
    });
  }, [loader, loadOptions]);

  return useMemo(
    () => ({ messages: coreMessages, loadOptions, verify, verifyTimeoutMs, report }),
    [coreMessages, loadOptions, verify, verifyTimeoutMs, report],
  );
}
