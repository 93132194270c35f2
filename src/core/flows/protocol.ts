import type { CoreMessages } from '../vocabulary/core-messages';
import type { BillingKeyOutcome } from '../outcome/outcome';
import type { AttemptStore } from '../page/attempt-store';
import type { AttemptRecord } from '../request/attempt-record';
import type { SdkLoader } from '../page/sdk-loader';

/**
 * What differs between PortOne generations, behind two interfaces: the request flow and the redirect flow are written
 * once (request-controller.ts, redirect-controller.ts) and each generation plugs in its request protocol (v1-protocol.ts,
 * v2-protocol.ts) and its return protocol (v1-return.ts, v2-return.ts). Both are created per provider, with that
 * provider's settings; a page without a redirect return to read (no `BillingKeyRedirect`) never bundles the second.
 */
export interface BillingKeyProtocol<TRequest, TResult, TSdk, TRecord extends AttemptRecord = AttemptRecord> {
  /** `'v1'` or `'v2'`: keeps completed ids apart. */
  readonly generation: 'v1' | 'v2';
  /** The page's loader for this generation's SDK. */
  readonly loader: SdkLoader<TSdk>;
  /** Where attempts wait for a redirect return. */
  readonly attempts: AttemptStore<TRecord>;
  /**
   * Validates a request and builds one attempt; nothing is opened or stored. In development it also warns (once per
   * page) about a request PortOne accepts but that probably does not do what the developer expects.
   * @throws {BillingKeyError} `INVALID_PARAMS`.
   */
  prepare(request: TRequest, messages: CoreMessages): BillingKeyAttempt<TResult, TSdk, TRecord>;
}

/** How one generation's redirect return is read from the page URL, for the redirect flow. */
export interface ReturnProtocol<TResult, TRecord extends AttemptRecord = AttemptRecord> {
  /** `'v1'` or `'v2'`: keeps completed ids apart. */
  readonly generation: 'v1' | 'v2';
  /** Where attempts wait for a redirect return (the request protocol's store). */
  readonly attempts: AttemptStore<TRecord>;
  /** The attempt remembered under `id`, read back tolerantly; `undefined` when this browser has none it can read. */
  recall(id: string): TRecord | undefined;
  /** Reads a redirect return from the page URL (see {@link RedirectReturn}); `null` when the URL is not one. */
  readRedirect(url: string, messages: CoreMessages): RedirectReturn<TResult, TRecord> | null;
  /** The page URL without this generation's redirect query keys (query string and a query inside the hash). */
  stripRedirect(url: string): string;
}

/** One validated request, ready to open its window. */
export interface BillingKeyAttempt<TResult, TSdk, TRecord extends AttemptRecord = AttemptRecord> {
  /** The attempt's id: `merchant_uid` (v1) or `issueId` (v2). */
  readonly id: string;
  /** What to remember before the window opens, so a redirect return can rebuild the result. */
  readonly record: TRecord;
  /**
   * Opens the window. Calls the SDK synchronously (a click handler must still be on the stack for popup blockers).
   * Resolves with the window's answer as an outcome, or `undefined` when the browser is leaving for a redirect.
   */
  open(sdk: TSdk): Promise<BillingKeyOutcome<TResult> | undefined>;
  /** Bookkeeping after a success (development memory of issued keys). */
  onSuccess?: ((result: TResult) => void) | undefined;
}

/** A result found in the page URL after a redirect return. */
export interface RedirectReturn<TResult, TRecord extends AttemptRecord = AttemptRecord> {
  /** What the answer names that is new per attempt (v1's `imp_uid`), for the exactly-once record; `''` when nothing. */
  readonly answerId: string;
  /** The attempt id it answers (`merchant_uid` / `issueId`), to find the remembered request. */
  readonly attemptId: string;
  /** The outcome, given the attempt remembered before the window opened (if this browser has it). */
  toOutcome(record: TRecord | undefined): BillingKeyOutcome<TResult>;
}
