import type { CardCode } from './card-codes';
import type { PayMethod, PgId } from './pg-rules';

/** The buyer, as sent to the PG window (`buyer_*` fields). Only what the PG needs; never stored by the library. */
export interface Buyer {
  name?: string;
  email?: string;
  tel?: string;
  addr?: string;
  postcode?: string;
}

/** Interest-free months the merchant pays for, per card code (`max_month` in `card.detail`). */
export type CardInstallments = Partial<Record<CardCode, number>>;

/** What a billing-key request asks for. camelCase; the library maps it to the SDK's snake_case fields. */
export interface BillingKeyRequest {
  /** `'jtnet'`, or code + `.` + PG MID (`'html5_inicis.INIBillTst'`); the part before the dot selects the PG rules. */
  pg: PgId;
  /** A PortOne console channel key; when given it is sent instead of `pg` (which still selects the rules). */
  channelKey?: string;
  /** The key's name on PortOne (`customer_uid`): unique per member per card, no whitespace. Reusing one replaces the card. */
  customerUid: string;
  /** Integer KRW ≥ 0. Whether it is charged or only shown depends on the PG (see `PG_RULES`). Default 0 where allowed. */
  amount?: number;
  /** Order name, ≤ 40 characters; default from the locale. */
  name?: string;
  /** Order id, ≤ 40 characters; default: a new one for every attempt. */
  merchantUid?: string;
  /** Default from the PG rules; a method the PG does not allow is an `INVALID_PARAMS` error. */
  payMethod?: PayMethod;
  buyer?: Buyer;
  /** `m_redirect_url`; default for PGs that redirect: the current page without the library's query keys. */
  redirectUrl?: string;
  /** Card companies to offer (`card.detail`); omit to offer all. */
  cards?: readonly CardCode[];
  /** Merchant-paid interest-free months per card (`max_month`, with `useFreeInterestFromMall`). */
  cardInstallments?: CardInstallments;
  /** Any other SDK field, merged as is (`period`, `bypass`, `currency`, `language`, `digital`, `custom_data`…). */
  params?: Record<string, unknown>;
}

/** What the library sends to `IMP.request_pay`. */
export interface RequestPayParams {
  pg?: string;
  channelKey?: string;
  pay_method: PayMethod;
  merchant_uid: string;
  customer_uid: string;
  name: string;
  amount: number;
  buyer_name?: string;
  buyer_email?: string;
  buyer_tel?: string;
  buyer_addr?: string;
  buyer_postcode?: string;
  m_redirect_url?: string;
  card?: { detail: CardDetailEntry[]; useFreeInterestFromMall?: boolean };
  [extra: string]: unknown;
}

/** One `card.detail` entry. */
export interface CardDetailEntry {
  card_code: CardCode | '*';
  enabled: boolean;
  max_month?: number;
}

/** The SDK's response (callback argument), or the same fields read from a redirect query. */
export interface IamportResponse {
  imp_uid?: string | null;
  merchant_uid?: string | null;
  error_code?: string | null;
  error_msg?: string | null;
  success?: boolean | string;
  imp_success?: boolean | string;
  pg_provider?: string;
  [field: string]: unknown;
}

/** The part of the v1 SDK (`window.IMP`) the library uses. */
export interface IamportSdk {
  init(userCode: string): void;
  request_pay(params: RequestPayParams, callback?: (response: IamportResponse) => void): void;
}

/** A key that was issued. Confirm it on your server before trusting it (see `verified`). */
export interface BillingKeyResult {
  /** The key's name: charge it with `POST /subscribe/payments/again` from your server. `null` only when a redirect came back for a request this browser did not remember. */
  customerUid: string | null;
  merchantUid: string;
  /** PortOne's payment id, when the PG created one. */
  impUid: string | null;
  /** The `pg` of the request (with MID, as sent). */
  pg: string;
  amount: number;
  /** True only when the window approved `amount` together with the key (the PG's "amount > 0" rule). */
  charged: boolean;
  /** True only when the provider's `verify` confirmed the key on the merchant's server. */
  verified: boolean;
  /** The SDK's raw response. */
  response: IamportResponse;
}
