import type { BillingKeyMethod } from '../vocabulary/v2-wire';
import { optionalText, type AttemptFieldsReader, type AttemptRecord } from './attempt-record';

/** A v2 attempt (`requestIssueBillingKey`, or issue-and-pay), as remembered for its `redirectUrl` return. */
export interface V2AttemptRecord extends AttemptRecord {
  /** The PG of the request's channel (`kcp_v2`): the PG rule of the result comes from it. */
  readonly pg: string;
  /** The `billingKeyMethod` sent. */
  readonly billingKeyMethod?: BillingKeyMethod | undefined;
  /** Issue-and-pay (`requestIssueBillingKeyAndPay`): the answer carries a first payment. */
  readonly firstPayment?: boolean | undefined;
}

/** Reads a v2 record back from storage (see {@link AttemptFieldsReader}). */
export const readV2Attempt: AttemptFieldsReader<V2AttemptRecord> = ({ pg, billingKeyMethod, firstPayment }, base) =>
  typeof pg === 'string'
    ? { ...base, pg, billingKeyMethod: optionalText(billingKeyMethod), ...(firstPayment === true && { firstPayment }) }
    : undefined;
