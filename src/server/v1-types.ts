/**
 * PortOne v1's records as its REST API returns them (docs: `src/schema/v1.openapi.json`, `CustomerAnnotation` and
 * `PaymentAnnotation`): the fields the checks read are typed, every other field is kept as PortOne sent it.
 */
export interface IamportCustomer {
  customer_uid: string;
  /** The PG the key was issued by (`html5_inicis`, `danal_tpay`…). */
  pg_provider: string;
  /** The PG merchant id (MID) the key was issued on. */
  pg_id: string;
  /** True when the key was issued on a test channel. */
  sandbox: boolean;
  /** The buyer's id as the shop sent it (`customer_id`), or `null`. */
  customer_id: string | null;
  card_name?: string | null;
  card_number?: string | null;
  /** When the key was registered, UNIX seconds. */
  inserted?: number;
  [field: string]: unknown;
}

/** A v1 payment (`GET /payments/{imp_uid}`, `POST /subscribe/payments/again`). */
export interface IamportPayment {
  imp_uid: string;
  merchant_uid: string;
  /** `ready`, `paid`, `cancelled` or `failed`. */
  status: string;
  /** In the payment's currency (KRW: won). */
  amount: number;
  customer_uid?: string | null;
  pg_provider?: string;
  /** True when the payment was made on a test channel. */
  sandbox?: boolean;
  fail_reason?: string | null;
  [field: string]: unknown;
}

/** What a v1 check expects of a key; every field left out is not checked. */
export interface VerifyCustomerExpected {
  /** The signed-in buyer's id: PortOne's `customer_id` must equal it. */
  customerId?: string;
  /** The PG (`html5_inicis`) or PG plus MID (`html5_inicis.MOI1234567`): checked against `pg_provider` (and `pg_id`). */
  pg?: string;
  /** Accept a key issued on a test channel (`sandbox: true`). Default `false`: such a key is refused with `TEST_KEY`. */
  allowTest?: boolean;
}

/** What a charge takes (`POST /subscribe/payments/again`). `amount` in the currency's unit (KRW: won). */
export interface IamportChargeInput {
  customerUid: string;
  /** New for every charge, ≤ 40 characters. */
  merchantUid: string;
  amount: number;
  /** The order name, ≤ 40 characters (PortOne requires it for every PG). */
  name: string;
  /** Default KRW (PortOne's default). */
  currency?: string;
  buyer?: { name?: string; email?: string; tel?: string; addr?: string; postcode?: string };
  /** Where PortOne sends the payment's webhook. */
  noticeUrl?: string;
  customData?: string;
  /** Any other field of `POST /subscribe/payments/again` (`tax_free`, `card_quota`, `channel_key`…), sent as is. */
  params?: Record<string, unknown>;
}

/** A v1 webhook (notice_url) after the payment was read back from PortOne. */
export interface IamportWebhookEvent {
  impUid: string;
  merchantUid: string;
  /** PortOne's status of the payment (`paid`, `ready`, `failed`, `cancelled`), not the notice's. */
  status: string;
  payment: IamportPayment;
}
