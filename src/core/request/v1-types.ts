import type { CardCode } from '../vocabulary/v1-card-codes';
import type { PayMethod } from '../vocabulary/v1-wire';
import type { PgId } from '../rules/v1-pg-lookup';
import type { CardInstallments } from './card-detail';

/** The buyer, as sent to the PG window (`buyer_*` fields). Only what the PG needs; the library never stores it. */
export interface Buyer {
  /** ≤ 16 characters; "First Last" for Paymentwall. */
  name?: string;
  /** An e-mail address, ≤ 64 characters. */
  email?: string;
  /** A phone number (digits, `-`, spaces, `+`), ≤ 16 characters. */
  tel?: string;
  /** ≤ 128 characters. */
  addr?: string;
  /** ≤ 8 characters. */
  postcode?: string;
}

/**
 * What a v1 billing-key request asks for (`IMP.request_pay` with `customer_uid`). camelCase; the library maps it to the
 * SDK's snake_case fields and checks it against the PG's rules before any window opens.
 * Follows PortOne's request fields (docs: sdk/ko/v1-sdk/javascript-sdk/payrq, integration/start/v1/non-auth).
 */
export interface BillingKeyRequest {
  /**
   * PG code, or code + `.` + PG MID (`'html5_inicis.INIBillTst'`, `'settle_acc.<MID>'`); the code selects the rules.
   * With `channelKey` it only selects the rules and is not sent.
   */
  pg: PgId;
  /** A PortOne console channel key (`channel-key-…`, ≤ 55 characters), PortOne's recommended selector; sent instead of `pg`. */
  channelKey?: string;
  /** The key's name on PortOne (`customer_uid`): one per member per card, ≤ 80 characters, no whitespace or `/ ? # % \`. */
  customerUid: string;
  /** The buyer's id at the PG (`customer_id`); required by some PGs, with their length and characters (see `PG_RULES`). */
  customerId?: string;
  /** Whole KRW ≥ 0. Whether it is charged or only shown depends on the PG and pay method (see `PG_RULES`). Default 0 where allowed. */
  amount?: number;
  /** Order name, ≤ 40 characters (some PGs count bytes); default from the locale. */
  name?: string;
  /** Order id, ≤ 40 characters; default: a new one for every attempt. One that already completed on this page is refused. */
  merchantUid?: string;
  /** Default from the PG's rules; left out where the buyer chooses inside the PG; a method the PG does not take is an error. */
  payMethod?: PayMethod;
  buyer?: Buyer;
  /**
   * `m_redirect_url`, where mobile (and some PC) windows return. Default for every PG that may redirect: the current page
   * without the library's query keys, keeping yours and a hash route.
   */
  redirectUrl?: string;
  /** Card companies to offer (`card.detail`); omit to offer what the PG offers. */
  cards?: readonly CardCode[];
  /** Merchant-paid interest-free months per card (`max_month`, with `useFreeInterestFromMall`); needs `cards`. */
  cardInstallments?: CardInstallments;
  /**
   * Any other SDK field, merged as is (`period`, `bypass`, `currency`, `digital`, `naverPopupMode`, `notice_url`,
   * `custom_data`…). A field the library builds (`pg`, `pay_method`, `merchant_uid`, `customer_uid`, `customer_id`,
   * `amount`, `card`) is an `INVALID_PARAMS` error.
   */
  params?: Record<string, unknown>;
}
