/**
 * PortOne v2's answer to `requestIssueBillingKey` (the resolved value, or the same fields read from a redirect query),
 * as `@portone/browser-sdk/v2` 0.1.11 types `IssueBillingKeyResponse`. A failure has `code` (and usually `message`,
 * `pgCode`, `pgMessage`); with manual confirmation `billingKey` is `'NEEDS_CONFIRMATION'` and `billingIssueToken` is set.
 */
export interface IssueBillingKeyResponse {
  transactionType?: 'ISSUE_BILLING_KEY' | (string & {});
  billingKey?: string;
  /** With manual confirmation: the token your server sends to `POST /billing-keys/confirm`. */
  billingIssueToken?: string;
  /** PortOne's error code, on failure (e.g. `'FAILURE_TYPE_PG'` when the PG refused). */
  code?: string;
  message?: string;
  /** The PG's own code, when it gave one. */
  pgCode?: string;
  /** The PG's own message, when it gave one. */
  pgMessage?: string;
  [field: string]: unknown;
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
   * True when the channel uses manual confirmation: PortOne answered `billingKey: 'NEEDS_CONFIRMATION'`, and your server
   * must call `POST /billing-keys/confirm` with `billingIssueToken` — soon, or the issuance expires.
   */
  needsConfirmation: boolean;
  /** With `needsConfirmation`: the token for `POST /billing-keys/confirm`; otherwise `null`. */
  billingIssueToken: string | null;
  /** PortOne's raw answer. */
  response: IssueBillingKeyResponse;
}
