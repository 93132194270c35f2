import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import {
  mergeMessages,
  type CoreMessages,
  type Locale,
  type LocaleTexts,
  type MessageOverrides,
} from '../core/vocabulary/core-messages';
import type { BillingKeyOutcome, VerifyBillingKey } from '../core/outcome/outcome';
import type { SdkLoader, SdkLoadOptions } from '../core/page/sdk-loader';
import type { Messages } from '../texts/messages';
import { useLatest } from './use-latest';

/**
 * The props both generations' providers share (each entry's `IamportProviderProps` / `PortOneProviderProps` adds its
 * merchant id): `TResult` is the generation's result, `TRules` its `PG_RULES`' shape.
 */
export interface SharedProviderProps<TResult, TRules> {
  /**
   * Where the SDK is loaded from when the page has none (v1 `window.IMP`, v2 `window.PortOne`). Default v1
   * `https://cdn.iamport.kr/v1/iamport.js`, v2 `https://cdn.portone.io/v2/browser-sdk.js`.
   */
  sdkUrl?: string;
  /** Language of labels, notices and error messages (and of v2's default `issueName`). Default `'ko'`. */
  locale?: Locale;
  /**
   * Asks your server to confirm the key before success is reported. v1, there: `GET /subscribe/customers/{customer_uid}`
   * (`GET /payments/{imp_uid}` hides test-channel payments unless `include_sandbox=true`); in production refuse a key
   * whose `sandbox` is `true`. v2: `GET /billing-keys/{billingKey}`, or with manual confirmation
   * (`result.needsConfirmation`) `POST /billing-keys/confirm` with `result.billingIssueToken`.
   */
  verify?: VerifyBillingKey<TResult>;
  /**
   * Extra or overriding PG rules, keyed by the `pg` code, shaped like the entry's `PG_RULES` entries: for a PG (or a v2
   * `billingKeyMethod`) the library does not know yet. Checked when the provider mounts (a development error names
   * every problem) and before each request that uses them; a broken rule refuses its requests, never the render.
   */
  pgRules?: TRules;
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
  /**
   * Overrides for any text (`{ button: { label }, errors: { CANCELLED } }`); a blank one is ignored (hide a notice with
   * the button's `notice="none"` instead). Hoist the object out of render.
   */
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

/**
 * What a lean provider takes instead of `locale` (each entry's `LeanIamportProviderProps` / `LeanPortOneProviderProps`
 * is its provider's props with these).
 */
export interface LeanProviderProps<TRules> {
  /**
   * The PGs this page uses, each the library's own rules imported by its `pg` code (v1 `{ kcp_billing }`, v2
   * `{ tosspayments }`); a `pg` not in here (nor in `pgRules`) is refused with `INVALID_PARAMS`. Hoist the object out
   * of render.
   */
  rules: TRules;
  /**
   * The texts of one locale: `KO_TEXTS` or `EN_TEXTS`; a `messages` prop still overrides any of them. Default (and for
   * anything that is not one of them) `KO_TEXTS`.
   */
  texts?: LocaleTexts;
}

type SettingsProps<TResult> = Omit<SharedProviderProps<TResult, unknown>, 'locale' | 'pgRules'>;

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
