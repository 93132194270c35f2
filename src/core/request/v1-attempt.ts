import type { PayMethod } from '../vocabulary/v1-wire';
import { optionalText, type AttemptFieldsReader, type AttemptRecord } from './attempt-record';

/** A v1 attempt (`IMP.request_pay` with `customer_uid`), as remembered for its `m_redirect_url` return. */
export interface V1AttemptRecord extends AttemptRecord {
  /** `customer_uid`: the return does not carry it, so the result takes it from here. */
  readonly customerUid: string;
  /** The `pg` sent to PortOne (`kcp_billing`, `kcp_billing.MID`): the PG rule of the result comes from it. */
  readonly pg: string;
  /** The amount requested, in KRW. */
  readonly amount: number;
  /** The `pay_method` sent, when one was. */
  readonly payMethod?: PayMethod | undefined;
}

/** Reads a v1 record back from storage (see {@link AttemptFieldsReader}). */
export const readV1Attempt: AttemptFieldsReader<V1AttemptRecord> = ({ customerUid, pg, amount, payMethod }, base) =>
  typeof customerUid === 'string' && typeof pg === 'string' && typeof amount === 'number'
    ? { ...base, customerUid, pg, amount, payMethod: optionalText(payMethod) }
    : undefined;
