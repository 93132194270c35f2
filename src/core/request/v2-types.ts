// The PortOne v2 request, in the library's own types. They mirror `@portone/browser-sdk/v2` 0.1.11
// (`IssueBillingKeyRequest` and its entities) where a billing-key window uses them, narrowed where the PGs this library
// supports are narrower; test/unit/core/request/v2-official-types.test.ts proves that what the library sends is
// assignable to the official type, so the package stays a dev dependency and out of every bundle.

import type { V2PgCode } from '../rules/v2-pg-rules';

/**
 * `billingKeyMethod`: how the key pays later. `requestIssueBillingKey` windows issue `CARD` and `EASY_PAY` keys; `MOBILE`
 * (phone) keys come only with a first payment (`requestIssueBillingKeyAndPay`) and `PAYPAL` through
 * `loadIssueBillingKeyUI`, so a request for those is refused with a hint.
 */
export type BillingKeyMethod = 'CARD' | 'MOBILE' | 'EASY_PAY' | 'PAYPAL';

/** `currency` of `displayAmount`: the currencies the supported PGs' billing windows show. */
export type V2Currency = 'KRW' | 'USD';

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
  productType?: 'REAL' | 'DIGITAL';
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

/**
 * What a v2 billing-key request asks for (`PortOne.requestIssueBillingKey`). The library fills in `storeId` (from
 * `PortOneProvider`), `billingKeyMethod`, `issueId`, `issueName` and `redirectUrl` when they are left out, and checks
 * the request against its PG's rules before any window opens (docs: opi/ko/integration/start/v2/billing/issue and the
 * v2 PG pages).
 */
export interface V2BillingKeyRequest {
  /** The PG behind `channelKey` (`'tosspayments'`, `'inicis_v2'`…): it selects the rules; it is not sent. */
  pg: V2PgCode;
  /** The console's channel key for that PG (`channel-key-…`). Required. */
  channelKey: string;
  /** Default: the PG's (CARD for card PGs, EASY_PAY for easy pays); always sent. */
  billingKeyMethod?: BillingKeyMethod;
  /** Default: a new id for every attempt (letters and digits only where the PG needs it). One that completed on this page is refused. */
  issueId?: string;
  /** The order name shown in the window; default from the locale. */
  issueName?: string;
  /**
   * An amount the window shows (whole number ≥ 0), in the currency's smallest unit as PortOne v2 takes it (KRW: won;
   * USD: cents, so 990 is $9.90). `requestIssueBillingKey` charges nothing; charge later from your server.
   */
  displayAmount?: number;
  /** The currency of `displayAmount`; default `'KRW'` when `displayAmount` is given. */
  currency?: V2Currency;
  customer?: Customer;
  /**
   * Where redirect windows (most mobile browsers) return. Default: the current page, keeping your query keys and a hash
   * route. The library adds its own `rbk_issue_id` key to it, to match the return. PortOne appends its answer as
   * `transactionType`, `billingKey`, `billingIssueToken`, `code`, `message`, `pgCode`, `pgMessage`: a `redirectUrl` that
   * already has one of them is refused, and the default leaves them out.
   */
  redirectUrl?: string;
  /** Any other field of `requestIssueBillingKey`. */
  params?: IssueBillingKeyExtras;
}

/** What the library sends to `PortOne.requestIssueBillingKey` (fields that are undefined are left out). */
export interface IssueBillingKeyParams extends IssueBillingKeyExtras {
  storeId: string;
  channelKey: string;
  billingKeyMethod: 'CARD' | 'EASY_PAY';
  issueId: string;
  issueName: string;
  displayAmount?: number;
  currency?: V2Currency;
  customer?: Customer;
  redirectUrl?: string;
}
