// PortOne v1's wire vocabulary, in one place: what `IMP.request_pay` takes, what it answers, and the query keys it
// appends to `m_redirect_url` (docs: sdk/ko/v1-sdk/javascript-sdk/payrq, payrt). Every layer of core reads it; it
// imports only the card codes the `card.detail` field carries.
import type { CardCode } from './v1-card-codes';

/** The `pay_method` values the library's own rules use for billing-key windows. */
export type KnownPayMethod =
  | 'card'
  | 'phone'
  | 'trans'
  | 'tosspay'
  | 'naverpay_card'
  | 'naverpay_point'
  | 'kakaopay'
  | 'toss_brandpay'
  /** PayPal RT, through `IMP.loadUI('paypal-rt', …)` (`PayPalBillingButton`), never `request_pay`. */
  | 'paypal';

/**
 * A `pay_method` value. PortOne's vocabulary is open (a PG documents its own, e.g. `toss_brandpay`), so a rule may name
 * any string its PG documents; the known ones still autocomplete.
 */
export type PayMethod = KnownPayMethod | (string & {});

/** One `card.detail` entry of `IMP.request_pay`. */
export interface CardDetailEntry {
  card_code: CardCode | '*';
  enabled: boolean;
  max_month?: number;
}

/** What the library sends to `IMP.request_pay`. */
export interface RequestPayParams {
  pg?: string;
  channelKey?: string;
  pay_method?: PayMethod;
  merchant_uid: string;
  customer_uid: string;
  customer_id?: string;
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

/** Query keys PortOne v1 appends to `m_redirect_url`; the library reads them and then removes them. */
export const V1_REDIRECT_QUERY_KEYS = ['imp_uid', 'merchant_uid', 'imp_success', 'success', 'error_code', 'error_msg'] as const;
