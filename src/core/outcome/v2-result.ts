import type { ConsentRecord } from '../request/consent';
import type { IssueBillingKeyResponse } from '../vocabulary/v2-wire';

/** The first payment of an issue-and-pay request, as PortOne answered it. */
export interface V2FirstPaymentResult {
  /** The payment's id: look it up with `GET /payments/{paymentId}` on your server. */
  paymentId: string;
  /** The transaction id PortOne answered, or `null` when the answer carried none. */
  txId: string | null;
}

/**
 * A v2 billing key that was issued — or, with manual confirmation (수동 승인), an issuance waiting for your server's
 * confirmation. Confirm it on your server before trusting it (see `verified`).
 */
export interface V2BillingKeyResult {
  /**
   * The key: store it on your server and charge it there (`POST /payments/{paymentId}/billing-key`). `null` when
   * `needsConfirmation` is true: the key exists only after your server confirms the issuance.
   */
  billingKey: string | null;
  /** The attempt's `issueId` (the one sent, or read back from the return URL). */
  issueId: string;
  /** The `pg` of the request; `''` for a redirect return this browser did not remember. */
  pg: string;
  /** True only when the provider's (or the hook's) `verify` confirmed the key on your server. */
  verified: boolean;
  /**
   * The recurring-payment consent the key was issued under (`BillingKeyCheckout` / `RecurringConsent`): the terms'
   * version and when the buyer agreed (ISO time). Store it with the key as your evidence. Absent without a consent.
   */
  consent?: ConsentRecord;
  /**
   * True when the channel uses manual confirmation: PortOne answered `billingKey: 'NEEDS_CONFIRMATION'`, and your server
   * must call `POST /billing-keys/confirm` with `billingIssueToken` — soon, or the issuance expires.
   */
  needsConfirmation: boolean;
  /** With `needsConfirmation`: the token for `POST /billing-keys/confirm`; otherwise `null`. */
  billingIssueToken: string | null;
  /**
   * True only for issue-and-pay (a request with `payment`) whose first payment PortOne approved with the key; confirm
   * its status on your server (`GET /payments/{paymentId}`: Payletter and others may approve later).
   */
  charged: boolean;
  /** Issue-and-pay: the first payment (`paymentId`, `txId`); `null` for a key issued without a payment. */
  payment: V2FirstPaymentResult | null;
  /** PortOne's raw answer. */
  response: IssueBillingKeyResponse;
}
