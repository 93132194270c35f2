import type { BillingKeyMethod } from '../vocabulary/v2-wire';
import { optionalText, readAttemptRecord, type AttemptRecord } from './attempt-record';

/** A v2 attempt (`requestIssueBillingKey`, or issue-and-pay), as remembered for its `redirectUrl` return. */
export interface V2AttemptRecord extends AttemptRecord {
  /** The PG of the request's channel (`kcp_v2`): the PG rule of the result comes from it. */
  readonly pg: string;
  /** The `billingKeyMethod` sent. */
  readonly billingKeyMethod?: BillingKeyMethod | undefined;
  /** Issue-and-pay (`requestIssueBillingKeyAndPay`): the answer carries a first payment. */
  readonly firstPayment?: boolean | undefined;
}

/** A v2 record read back from storage under `id` (see {@link readAttemptRecord}); `undefined` when unreadable. */
export function readV2Attempt(id: string, stored: unknown): V2AttemptRecord | undefined {
  return readAttemptRecord<V2AttemptRecord>(id, stored, ({ pg, billingKeyMethod, firstPayment }, base) =>
    typeof pg === 'string'
      ? { ...base, pg, billingKeyMethod: optionalText(billingKeyMethod), ...(firstPayment === true && { firstPayment }) }
      : undefined,
  );
}
