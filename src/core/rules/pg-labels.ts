import type { KnownPgCode } from './v1-pg-lookup';
import type { KnownV2PgCode } from './v2-pg-rules';

/** A PG's name as buyers know it, per locale. */
export interface PgLabel {
  readonly ko: string;
  readonly en: string;
}

// The easy-pay PGs (both generations spell them alike): rows of the full table below, kept apart so that a picker's
// bundle carries these names and not every PG's.
const EASY_PAY_PGS = {
  kakaopay: { ko: '카카오페이', en: 'Kakao Pay' },
  naverpay: { ko: '네이버페이', en: 'Naver Pay' },
  tosspay_v2: { ko: '토스페이', en: 'Toss Pay' },
  payco: { ko: '페이코', en: 'PAYCO' },
} as const satisfies { readonly [pg: string]: PgLabel };

/**
 * The brands a buyer recognises, by PG code: a payment-method picker names a method of one of these by its brand
 * (method-labels.ts). The easy-pay PGs, and PayPal (its own flow, not a window PG). Adding an easy-pay PG is adding a
 * row to EASY_PAY_PGS.
 */
export const EASY_PAY_BRANDS = {
  ...EASY_PAY_PGS,
  paypal_v2: { ko: 'PayPal', en: 'PayPal' },
} as const satisfies { readonly [pg: string]: PgLabel };

// One table for both generations, keyed by PortOne's PG code: a PG both generations reach (Toss Payments, Smartro,
// the easy pays…) has one name, written once.
const LABELS = {
  html5_inicis: { ko: 'KG이니시스', en: 'KG Inicis' },
  inicis_v2: { ko: 'KG이니시스', en: 'KG Inicis' },
  danal_tpay: { ko: '다날 신용카드', en: 'Danal card' },
  kcp_billing: { ko: 'NHN KCP', en: 'NHN KCP' },
  kcp_v2: { ko: 'NHN KCP', en: 'NHN KCP' },
  kicc: { ko: 'KICC', en: 'KICC' },
  kpn: { ko: 'KPN', en: 'KPN' },
  danal: { ko: '다날 휴대폰', en: 'Danal phone' },
  mobilians: { ko: 'KG모빌리언스 휴대폰', en: 'KG Mobilians phone' },
  paymentwall: { ko: '페이먼트월', en: 'Paymentwall' },
  tosspayments: { ko: '토스페이먼츠', en: 'Toss Payments' },
  smartro_v2: { ko: '스마트로', en: 'Smartro' },
  welcome: { ko: '웰컴페이먼츠', en: 'Welcome Payments' },
  galaxia: { ko: '갤럭시아머니트리', en: 'Galaxia Money Tree' },
  settle_acc: { ko: '헥토파이낸셜 내통장결제', en: 'Hecto bank account' },
  nice_v2: { ko: '나이스페이먼츠', en: 'NICE Payments' },
  toss_brandpay: { ko: '토스페이먼츠 브랜드페이', en: 'Toss Payments BrandPay' },
  mobilians_v2: { ko: 'KG파이낸셜 (신모듈)', en: 'KG Financial (new module)' },
  payletter_global: { ko: '페이레터 해외결제', en: 'Payletter (global cards)' },
  eximbay_v2: { ko: '엑심베이', en: 'Eximbay' },
  jtnet: { ko: 'JTNet', en: 'JTNet' },
  chai: { ko: '차이', en: 'CHAI' },
  ...EASY_PAY_PGS,
} as const satisfies { readonly [code in KnownPgCode | KnownV2PgCode]: PgLabel };

/**
 * Each v1 PG's name as buyers know it, per locale: for the simulated window of the test kit, docs and stories. The
 * components never show a PG's name, so checkout bundles do not carry this table. A PG added through `pgRules` has no
 * entry here (the test kit then shows its `pg` value).
 */
export const PG_LABELS: { readonly [code in KnownPgCode]: PgLabel } = LABELS;

/** Each v2 PG's name as buyers know it, per locale (the same table as {@link PG_LABELS}, by v2 PG code). */
export const V2_PG_LABELS: { readonly [code in KnownV2PgCode]: PgLabel } = LABELS;
