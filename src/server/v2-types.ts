/**
 * PortOne v2's records as its REST API returns them (docs: `src/schema/v2.openapi.json`, `BillingKeyInfo`): the fields
 * the checks read are typed, every other field is kept as PortOne sent it. Declared here rather than imported from
 * `@portone/server-sdk`, so the types work without the optional peer installed.
 */
export interface PortOneBillingKeyInfo {
  /** `ISSUED` or `DELETED` (`NOT_ISSUED`/others may come: such a key is never accepted). */
  status: 'ISSUED' | 'DELETED' | (string & {});
  billingKey: string;
  merchantId: string;
  storeId: string;
  /** The channels the key was issued on; a `TEST` channel makes it a test key. */
  channels: PortOneSelectedChannel[];
  /** The buyer as sent at issuance; `customer.id` is the `customerId` of the browser's request. */
  customer: { id?: string; name?: string; email?: string; phoneNumber?: string; [field: string]: unknown };
  issueId?: string;
  issueName?: string;
  /** RFC 3339. */
  issuedAt: string;
  /** RFC 3339, for a deleted key. */
  deletedAt?: string;
  methods?: unknown[];
  [field: string]: unknown;
}

/** A channel of a v2 key (`SelectedChannel`). */
export interface PortOneSelectedChannel {
  /** `LIVE` or `TEST`. */
  type: 'LIVE' | 'TEST' | (string & {});
  id?: string;
  key?: string;
  name?: string;
  pgProvider: string;
  pgMerchantId: string;
}

/** What a v2 check expects of a key; every field left out is not checked. */
export interface VerifyBillingKeyExpected {
  /** The signed-in buyer's id: PortOne's `customer.id` must equal it. */
  customerId?: string;
  /** The attempt's `issueId` (the browser's result has it): PortOne's `issueId` must equal it. */
  issueId?: string;
  /** Accept a key issued on a `TEST` channel. Default `false`: such a key is refused with `TEST_KEY`. */
  allowTest?: boolean;
}

/** What a v2 charge takes (`POST /payments/{paymentId}/billing-key`). */
export interface PortOneChargeInput {
  /** The payment's id, new for every charge (PortOne refuses a paid one). */
  paymentId: string;
  billingKey: string;
  orderName: string;
  /** The total, in the currency's smallest unit (KRW: won); sent as `amount: { total }`. */
  amount: number;
  /** Default `KRW`. */
  currency?: string;
  /** The buyer (PortOne's `CustomerInput`: `id`, `name`, `email`, `phoneNumber`…). */
  customer?: Record<string, unknown>;
  /** Any other field of the request (`installmentMonth`, `noticeUrls`, `channelKey`…), sent as is. */
  params?: Record<string, unknown>;
}

/** A verified v2 webhook: PortOne's `{ type, timestamp, data }` (`BillingKey.Issued`, `BillingKey.Deleted`, `Transaction.Paid`…). */
export interface PortOneWebhookEvent {
  type: string;
  /** RFC 3339. */
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * The parts of `@portone/server-sdk` this entry uses. Pass the module itself (`import * as PortOne from
 * '@portone/server-sdk'`) as `sdk` where a bundler must see the import (edge runtimes); otherwise it is loaded on first use.
 */
export interface PortOneSdkModule {
  PaymentClient: (init: { secret: string; baseUrl?: string; storeId?: string }) => unknown;
  Webhook: { verify: (secret: string, payload: string, headers: Record<string, string>) => Promise<unknown> };
}
