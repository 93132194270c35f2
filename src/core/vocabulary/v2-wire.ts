// PortOne v2's wire vocabulary, in one place: what `PortOne.requestIssueBillingKey` takes and answers, and the query
// keys of a redirect return. The types mirror `@portone/browser-sdk/v2` 0.1.11 (`IssueBillingKeyRequest` and its
// entities) where a billing-key window uses them, narrowed where the PGs this library supports are narrower;
// test/unit/core/request/v2-official-types.test.ts proves that what the library sends is assignable to the official
// type, so the package stays a dev dependency and out of every bundle. Every layer of core reads this file; it imports
// nothing.

/** The `billingKeyMethod`s the published types of `@portone/browser-sdk` 0.1.11 declare. */
export type OfficialBillingKeyMethod = 'CARD' | 'MOBILE' | 'EASY_PAY' | 'PAYPAL';

/**
 * `billingKeyMethod`s PortOne's docs document that the published SDK types (0.1.11) lack: `TRANSFER`, Toss Payments'
 * 퀵계좌이체 since 2026-06-23 (developers.portone.io PR #1086). A test fails once the official types gain one, so the
 * widening can be dropped then.
 */
export type DocumentedBillingKeyMethod = 'TRANSFER';

/**
 * `billingKeyMethod`: how the key pays later. `requestIssueBillingKey` windows issue `CARD`, `EASY_PAY` and (Toss
 * Payments) `TRANSFER` keys; `MOBILE` (phone) keys come only with a first payment (`requestIssueBillingKeyAndPay`) and
 * `PAYPAL` through `loadIssueBillingKeyUI`, so a request for those is refused with a hint. The vocabulary is open: a
 * method a merchant's `pgRules` names is any string.
 */
export type BillingKeyMethod = OfficialBillingKeyMethod | DocumentedBillingKeyMethod | (string & {});

/** `currency` of `displayAmount`: the currencies the supported PGs' billing windows show. */
export type V2Currency = 'KRW' | 'USD';

/** `currency` of a first payment (`payment.currency`): the currencies the issue-and-pay PGs document. */
export type V2PaymentCurrency = 'KRW' | 'USD' | 'JPY' | 'CNY' | 'EUR';

/**
 * `productType`: what is sold. KG Inicis phone payments require it (issue-and-pay included); its page spells the values
 * `PRODUCT_TYPE_REAL` / `PRODUCT_TYPE_DIGITAL`, the official types also take `REAL` / `DIGITAL`.
 */
export type ProductType = 'REAL' | 'DIGITAL' | 'PRODUCT_TYPE_REAL' | 'PRODUCT_TYPE_DIGITAL';

/**
 * The first payment that comes with the key where the PG issues a key only so (`PortOne.requestIssueBillingKeyAndPay`:
 * KG Inicis, Welcome and Galaxia phone keys, Eximbay, Payletter). The amount is charged now.
 */
export interface FirstPayment {
  /** Default: a new id for every attempt. One that completed on this page is refused (PortOne refuses it twice). */
  paymentId?: string;
  /** The order name shown in the window and on the receipt. Required. */
  orderName: string;
  /** The amount charged now, a whole number > 0 in the currency's smallest unit (KRW: won; USD: cents, 990 = $9.90). */
  totalAmount: number;
  /** Default `'KRW'`. */
  currency?: V2PaymentCurrency;
}

/** The window's language (`locale` in `params`); most Korean PGs show `KO_KR` only (see the PG rules). */
export type V2WindowLocale =
  | 'KO_KR'
  | 'EN_US'
  | 'ZH_CN'
  | 'ZH_TW'
  | 'JA_JP'
  | 'RU_RU'
  | 'TH_TH'
  | 'VI_VN'
  | 'ID_ID'
  | 'FR_FR'
  | 'NL_NL'
  | 'ES_ES'
  | 'PT_PT'
  | 'DE_DE'
  | 'IT_IT'
  | 'PL_PL'
  | 'AR_001'
  | 'TR_TR'
  | 'SV_SE'
  | 'FI_FI'
  | 'UK_UA'
  | 'EL_GR'
  | 'TL_PH'
  | 'HI_IN'
  | 'HR_HR'
  | 'LT_LT'
  | 'SL_SI'
  | 'SR_RS'
  | 'BG_BG'
  | 'PT_BR';

/** How the window opens on one kind of device (`windowType.pc` / `windowType.mobile`). */
export type WindowType = 'IFRAME' | 'POPUP' | 'REDIRECTION' | 'UI';

/** `windowType`: the window per device; each PG allows only some (see the PG rules). */
export interface WindowTypes {
  pc?: WindowType;
  mobile?: WindowType;
}

/**
 * `offerPeriod`, the service period shown in the window: exactly one of `range` (ISO 8601 `from` and/or `to`, e.g.
 * `'2025-01-01T00:00:00+09:00'`) or `interval` (`'1m'`, `'1y'`, `'30d'`). Required by KG Inicis and Welcome on mobile.
 */
export type OfferPeriod =
  | { range: { from: string; to?: string } | { from?: string; to: string }; interval?: undefined }
  | { interval: `${number}${'d' | 'm' | 'y'}`; range?: undefined };

/** Card companies, as PortOne v2 names them (`card.cardCompany`, `easyPay.availableCards`). */
export type V2CardCompany =
  | 'KOREA_DEVELOPMENT_BANK'
  | 'KFCC'
  | 'SHINHYUP'
  | 'EPOST'
  | 'SAVINGS_BANK_KOREA'
  | 'KAKAO_BANK'
  | 'WOORI_CARD'
  | 'BC_CARD'
  | 'GWANGJU_CARD'
  | 'SAMSUNG_CARD'
  | 'SHINHAN_CARD'
  | 'HYUNDAI_CARD'
  | 'LOTTE_CARD'
  | 'SUHYUP_CARD'
  | 'CITI_CARD'
  | 'NH_CARD'
  | 'JEONBUK_CARD'
  | 'JEJU_CARD'
  | 'HANA_CARD'
  | 'KOOKMIN_CARD'
  | 'K_BANK'
  | 'TOSS_BANK'
  | 'MIRAE_ASSET_SECURITIES';

/** `easyPay.easyPayProvider` for the easy-pay billing windows here (NICE: Kakao Pay or Naver Pay). */
export type V2EasyPayProvider = 'KAKAOPAY' | 'NAVERPAY' | 'TOSSPAY';

/** `easyPay.availablePayMethods`. */
export type EasyPayPaymentMethod = 'CARD' | 'CHARGE' | 'TRANSFER' | 'MONEY';

/** PG-specific fields of a billing-key window (`bypass`), as the official SDK types them. */
export interface IssueBillingKeyBypass {
  inicis_v2?: { carduse?: 'percard' | 'cocard' };
  kcp_v2?: { batch_soc_choice?: 'S' | 'C' };
  smartro_v2?: { SkinColor?: 'RED' | 'GREEN' | 'BLUE' | 'PURPLE'; IsPwdPass?: 'Y' | 'N' };
  welcome?: { logo_url?: string; logo_2nd?: string };
  galaxia?: { ITEM_CODE?: string };
  naverpay?: { subMerchantName?: string; subMerchantId?: string };
  kakaopay?: { custom_message?: string };
  tosspay_v2?: { encryptedUserCi?: string };
}

/**
 * The buyer (`customer`), as PortOne v2 names its fields. Only what the PG needs; the library never stores it.
 * Which fields a PG requires, and their limits, are in its rule (`PG_RULES` of `react-billing-key/v2`).
 */
export interface Customer {
  /** The buyer's id at the PG (Smartro ≤ 20 letters and digits; Galaxia ≤ 20; Toss Pay ≤ 50; Toss Payments 2–50). */
  customerId?: string;
  /** The buyer's name (KG Inicis and Welcome: required, ≤ 30 bytes). */
  fullName?: string;
  /** With `lastName`, accepted where a PG asks for the name (KG Inicis, KPN). */
  firstName?: string;
  lastName?: string;
  /** A phone number (digits, `-`, spaces, `+`). */
  phoneNumber?: string;
  /** An e-mail address. */
  email?: string;
  address?: { addressLine1: string; addressLine2: string; city?: string; province?: string };
  zipcode?: string;
  gender?: 'MALE' | 'FEMALE' | 'OTHER';
  /** `'1990'`. */
  birthYear?: string;
  /** `'1'`–`'12'` or `'01'`–`'12'`. */
  birthMonth?: string;
  /** `'1'`–`'31'` or `'01'`–`'31'`. */
  birthDay?: string;
  firstNameKana?: string;
  lastNameKana?: string;
}

/**
 * The other fields of `PortOne.requestIssueBillingKey` a request may add (`params`), merged as they are. The fields the
 * library builds (`storeId`, `channelKey`, `billingKeyMethod`, `issueId`, `issueName`, `displayAmount`, `currency`,
 * `customer`, `redirectUrl`) are its own props; passing them here is `INVALID_PARAMS`.
 */
export interface IssueBillingKeyExtras {
  /** The window per device; each PG allows only some (Toss Payments and Kakao Pay: `IFRAME` on PC, `REDIRECTION` on mobile). */
  windowType?: WindowTypes;
  /** `true`: always return through `redirectUrl`, also where the promise would answer. */
  forceRedirect?: boolean;
  /** The window's language; most PGs show `KO_KR` only. */
  locale?: V2WindowLocale;
  /** Your data, echoed to your server by PortOne (webhooks, REST). */
  customData?: Record<string, unknown>;
  /** The service period shown in the window (KG Inicis and Welcome require it on mobile). */
  offerPeriod?: OfferPeriod;
  /** The app's URL scheme, for windows inside a mobile app's web view. */
  appScheme?: string;
  /** Webhook URLs for this request (Toss Pay: strongly recommended, its answer can be lost when the buyer closes the popup). */
  noticeUrls?: string[];
  /** What is sold; KG Inicis phone keys (issue-and-pay) require it. */
  productType?: ProductType;
  /** PG-specific fields. */
  bypass?: IssueBillingKeyBypass;
  popup?: { center?: boolean };
  iframe?: { dim?: boolean };
  /** For `CARD`: open one card company's window directly. */
  card?: { cardCompany?: V2CardCompany };
  /** For `EASY_PAY`: which easy pay (NICE requires it) and what it offers. */
  easyPay?: {
    easyPayProvider?: V2EasyPayProvider;
    availableCards?: V2CardCompany[];
    availablePayMethods?: EasyPayPaymentMethod[];
  };
}

/** What the library sends to `PortOne.requestIssueBillingKey` (fields that are undefined are left out). */
export interface IssueBillingKeyParams extends IssueBillingKeyExtras {
  storeId: string;
  channelKey: string;
  /** What the rules allow: the official types' methods, `TRANSFER` (see {@link DocumentedBillingKeyMethod}) or a `pgRules` one. */
  billingKeyMethod: BillingKeyMethod;
  issueId: string;
  issueName: string;
  displayAmount?: number;
  currency?: V2Currency;
  customer?: Customer;
  redirectUrl?: string;
}

/** Fields only `requestIssueBillingKeyAndPay` takes, for `params` beside `payment`. */
export interface IssueBillingKeyAndPayOnlyExtras {
  /** Tax-free part of `totalAmount`. */
  taxFreeAmount?: number;
  /** VAT part of `totalAmount`; default 1/11 of the taxed part. */
  vatAmount?: number;
  isCulturalExpense?: boolean;
  /** Phone payments: the carrier, or the carriers offered. */
  mobile?: { carrier?: Carrier; avaliableCarriers?: Carrier[] };
  /** PG-specific fields of the first payment. */
  bypass?: IssueBillingKeyAndPayBypass;
}

/** A phone carrier, as PortOne v2 names it. */
export type Carrier = 'SKT' | 'KT' | 'LGU' | 'HELLO' | 'KCT' | 'SK7';

/** PG-specific fields of `requestIssueBillingKeyAndPay` (`bypass`), as the official SDK types them. */
export interface IssueBillingKeyAndPayBypass {
  welcome?: { acceptmethod?: string[]; P_RESERVED?: string[] };
  galaxia?: { ITEM_CODE?: string };
  payletter_global?: { pginfo?: string; servicename?: string };
  eximbay_v2?: { payment?: { payment_method?: string; multi_payment_method?: string[] }; merchant?: { shop: string } };
}

/**
 * What the library sends to `PortOne.requestIssueBillingKeyAndPay` (fields that are undefined are left out).
 * `billingKeyAndPayMethod` is sent as the official types spell it (`'MOBILE'`, for phone keys); the Eximbay and
 * Payletter pages send none.
 */
export interface IssueBillingKeyAndPayParams
  extends Omit<IssueBillingKeyExtras, 'card' | 'easyPay' | 'bypass'>, IssueBillingKeyAndPayOnlyExtras {
  storeId: string;
  channelKey: string;
  billingKeyAndPayMethod?: 'MOBILE';
  paymentId: string;
  orderName: string;
  totalAmount: number;
  currency: V2PaymentCurrency;
  customer?: Customer;
  redirectUrl?: string;
}

/**
 * PortOne v2's answer to `requestIssueBillingKey` (the resolved value, or the same fields read from a redirect query),
 * as `@portone/browser-sdk/v2` 0.1.11 types `IssueBillingKeyResponse`. A failure has `code` (and usually `message`,
 * `pgCode`, `pgMessage`); with manual confirmation `billingKey` is `'NEEDS_CONFIRMATION'` and `billingIssueToken` is set.
 */
export interface IssueBillingKeyResponse {
  transactionType?: 'ISSUE_BILLING_KEY' | 'ISSUE_BILLING_KEY_AND_PAY' | (string & {});
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
  /** Issue-and-pay: the first payment's `paymentId`. */
  paymentId?: string;
  /** Issue-and-pay: the first payment's transaction id (`'NEEDS_CONFIRMATION'` with manual confirmation). */
  txId?: string;
  [field: string]: unknown;
}

/**
 * The library's own query key on the `redirectUrl` it sends: the attempt's `issueId`. PortOne's v2 return carries the
 * response fields but no `issueId` (no docs page lists one), so the library puts it there itself to match the return
 * to the request remembered before the window opened.
 */
export const V2_ISSUE_ID_KEY = 'rbk_issue_id';

/**
 * The fields PortOne v2 appends to `redirectUrl`: the names of `IssueBillingKeyResponse` (docs list them for payments;
 * PortOne's Android and React Native SDKs read them so for billing keys). `billingIssueToken` comes with manual
 * confirmation; `paymentId` and `txId` with issue-and-pay (`transactionType: 'ISSUE_BILLING_KEY_AND_PAY'`).
 */
export const V2_RESULT_QUERY_KEYS = [
  'transactionType',
  'billingKey',
  'billingIssueToken',
  'code',
  'message',
  'pgCode',
  'pgMessage',
  'paymentId',
  'txId',
] as const;

/** Every query key of a v2 return (the library's `rbk_issue_id` and PortOne's fields); removed once it is reported. */
export const V2_REDIRECT_QUERY_KEYS = [V2_ISSUE_ID_KEY, ...V2_RESULT_QUERY_KEYS] as const;

/** PayPal's button look (`bypass.paypal_v2.style` of `loadIssueBillingKeyUI`), as the official SDK types it. */
export interface PayPalButtonStyle {
  color?: 'gold' | 'blue' | 'silver' | 'white' | 'black';
  /** Button height in px. */
  height?: number;
  label?: 'paypal' | 'checkout' | 'buynow' | 'pay' | 'installment' | 'subscribe' | 'donate';
  layout?: 'vertical' | 'horizontal';
  shape?: 'rect' | 'pill';
  tagline?: boolean;
}

/** The fields of `PortOne.loadIssueBillingKeyUI` a PayPal request may add (`params`), merged as they are. */
export interface LoadIssueBillingKeyUIExtras {
  /** The language of PayPal's window. */
  locale?: V2WindowLocale;
  /** Your data, echoed to your server by PortOne (webhooks, REST). */
  customData?: Record<string, unknown>;
  /** The app's URL scheme, for a web view inside a mobile app. */
  appScheme?: string;
  /** Webhook URLs for this request (PayPal payments can stay pending: PortOne asks for the webhook). */
  noticeUrls?: string[];
  productType?: ProductType;
  /** PayPal's own options: the button's look, a shipping address, STC additional data. */
  bypass?: { paypal_v2?: { style?: PayPalButtonStyle; additional_data?: { key: string; value: string }[] } };
}

/**
 * What the library sends to `PortOne.loadIssueBillingKeyUI` and `updateLoadIssueBillingKeyUIRequest` for PayPal RT
 * (docs: opi/ko/integration/pg/v2/paypal-v2; fields that are undefined are left out).
 */
export interface LoadIssueBillingKeyUIParams extends LoadIssueBillingKeyUIExtras {
  uiType: 'PAYPAL_RT';
  storeId: string;
  channelKey: string;
  /** The official type requires it. */
  billingKeyMethod: 'PAYPAL';
  issueId: string;
  issueName: string;
  displayAmount?: number;
  currency?: V2Currency;
  customer?: Customer;
}

/** `loadIssueBillingKeyUI`'s callbacks: PortOne calls one of them for each click on PayPal's button. */
export interface IssueBillingKeyUICallbacks {
  onIssueBillingKeySuccess: (response: IssueBillingKeyResponse) => void;
  onIssueBillingKeyFail: (error: unknown) => void;
}
