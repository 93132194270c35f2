import type { ConsentRecord } from '../request/consent';
import type { IamportResponse } from '../vocabulary/v1-wire';

/** A v1 key that was issued. Confirm it on your server before trusting it (see `verified`). */
export interface BillingKeyResult {
  /**
   * The key's name: charge it with `POST /subscribe/payments/again` from your server. `null` only when a redirect came
   * back for a request this browser did not remember (look it up by `merchantUid` / `impUid` on your server).
   */
  customerUid: string | null;
  merchantUid: string;
  /** PortOne's payment id, when the PG created one. */
  impUid: string | null;
  /** The `pg` of the request (with MID, as given); `''` for a redirect this browser did not remember. */
  pg: string;
  /** The request's amount in KRW. */
  amount: number;
  /** True only when the window approved `amount` together with the key (the PG's rule for that pay method). */
  charged: boolean;
  /** True only when the provider's (or the hook's) `verify` confirmed the key on the merchant's server. */
  verified: boolean;
  /**
   * The recurring-payment consent the key was issued under (`BillingKeyCheckout` / `RecurringConsent`): the terms'
   * version and when the buyer agreed (ISO time). Store it with the key as your evidence. Absent without a consent.
   */
  consent?: ConsentRecord;
  /** The SDK's raw response. */
  response: IamportResponse;
}
