/**
 * The v1 SDK's answer (the `request_pay` callback's argument), or the same fields read from a redirect query
 * (docs: sdk/ko/v1-sdk/javascript-sdk/payrt). The current SDK sends only `imp_uid`, `merchant_uid`, `error_code` and
 * `error_msg` for the new-module PGs; older SDKs add `success` (PC) or `imp_success` (mobile), some PGs `status`.
 */
export interface IamportResponse {
  imp_uid?: string | null;
  merchant_uid?: string | null;
  error_code?: string | null;
  error_msg?: string | null;
  success?: boolean | string;
  imp_success?: boolean | string;
  /** Payment status; `'failed'` or `'cancelled'` is a failure whatever the other fields say. */
  status?: string;
  /** Why a payment failed, when `status` is `'failed'` (KG Inicis web standard). */
  fail_reason?: string | null;
  pg_provider?: string;
  [field: string]: unknown;
}

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
  /** The SDK's raw response. */
  response: IamportResponse;
}
