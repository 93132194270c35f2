import type { CoreMessages } from '../vocabulary/core-messages';
import type { AttemptStore } from '../page/attempt-store';
import type { SdkLoader } from '../page/sdk-loader';
import { ATTEMPT_RECORD_VERSION, type AttemptRecord } from '../request/attempt-record';
import type { BillingKeyAttempt, BillingKeyProtocol } from './protocol';

/** A generation as its protocols (request, PayPal) name it: `'v1'` or `'v2'`, which keeps completed ids apart, and its SDK's loader. */
export interface Generation<TSdk> {
  readonly generation: 'v1' | 'v2';
  readonly loader: SdkLoader<TSdk>;
}

const currentUrl = () => (typeof window === 'undefined' ? undefined : window.location.href);

/**
 * A generation's {@link BillingKeyProtocol}, written once: `prepareAttempt` validates a request and builds its attempt
 * against the page's address of the moment (`pageUrl`: the default return address is built from it), and the attempt
 * waits in `attempts` if its window redirects.
 */
export function createRequestProtocol<TRequest, TResult, TSdk, TRecord extends AttemptRecord>(
  generation: Generation<TSdk>,
  attempts: AttemptStore<TRecord>,
  prepareAttempt: (
    request: TRequest,
    messages: CoreMessages,
    pageUrl: string | undefined,
  ) => BillingKeyAttempt<TResult, TSdk, TRecord>,
): BillingKeyProtocol<TRequest, TResult, TSdk, TRecord> {
  return { ...generation, attempts, prepare: (request, messages) => prepareAttempt(request, messages, currentUrl()) };
}

/** A new attempt's record: what every record has (its version, its id, when it opened), then the generation's fields. */
export function newAttemptRecord<TRecord extends AttemptRecord>(id: string, fields: Omit<TRecord, keyof AttemptRecord>): TRecord {
  return { version: ATTEMPT_RECORD_VERSION, id, openedAt: Date.now(), ...fields } as TRecord;
}
