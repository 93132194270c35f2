import { smartroCustomerId, tossCustomerKey } from './id-rules';
import type { V2PgRule } from './v2-pg-rule';

/**
 * The PG rules table for PortOne v2 billing-key windows (`PortOne.requestIssueBillingKey`): one row per PG, built from
 * pg-facts.md "PortOne v2" and the v2 PG pages (docs: opi/ko/integration/pg/v2/*.mdx, src/schema/browser-sdk.yml).
 * Validation, defaults, notices, development warnings and the test kit's simulated window all read it: adding a PG is
 * adding a row here. `issueId` and `issueName`, which many PGs require, always have a value (generated, or the locale's
 * default name), so a row lists them only where the PG adds a limit; likewise `delivery`, where it is the default
 * (`V2_DEFAULT_DELIVERY`: the promise on a PC, `redirectUrl` on a mobile browser).
 */

// Each PG's rules are their own export (named by its `pg` name), so a page that imports only the PGs it uses (a lean
// provider's `rules`) carries only theirs; PG_RULES below gathers them all for the default entry. This module exports
// nothing else: the v2 entry re-exports it whole (core names the table V2_PG_RULES).

/** Toss Payments (`tosspayments`): its v2 rules, a row of {@link PG_RULES}. */
export const tosspayments = {
  // TRANSFER: 퀵계좌이체 keys since 2026-06-23 (PR #1086).
  methods: ['CARD', 'TRANSFER'],
  required: [],
  // Optional; without it PortOne makes one (browser-sdk.yml, Customer.customerId).
  customerId: tossCustomerKey,
  // "KO_KR만 지원합니다. 이외의 값을 넣어도 무시됩니다"
  locales: ['KO_KR'],
  otherLocales: 'ignored',
  // "이외의 다른 방식으로 … 에러"
  windowTypes: { pc: ['IFRAME'], mobile: ['REDIRECTION'] },
} as const satisfies V2PgRule;

/** KG Inicis (`inicis_v2`): its v2 rules, a row of {@link PG_RULES}. */
export const inicis_v2 = {
  methods: ['CARD'],
  // "휴대폰 결제는 requestIssueBillingKeyAndPay"; phone payments need productType ("필수 입력해야 합니다").
  firstPayment: { methods: ['MOBILE'], required: ['productType'], currencies: ['KRW'] },
  required: ['issueName', 'customer.name'],
  requiredOn: { pc: ['customer.phoneNumber', 'customer.email'], mobile: ['offerPeriod'] },
  issueId: { charset: 'ascii' },
  fullNameMaxBytes: 30,
  // "range 방식으로 입력할 경우 from과 to 모두를 입력"
  offerPeriod: { kinds: ['range', 'interval'], intervals: ['1m', '1y'], fullRange: true },
  // "PC 빌링키 발급의 경우 KRW와 USD를 지원하며, 모바일 빌링키 발급의 경우 KRW만 지원"
  currencies: ['KRW', 'USD'],
  currenciesOn: { mobile: ['KRW'] },
  locales: ['KO_KR', 'EN_US', 'ZH_CN'],
  localeIgnoredOn: ['mobile'],
  showsDisplayAmount: true,
  // "카드사 다이렉트 호출 미지원"
  cardCompanyIgnored: true,
} as const satisfies V2PgRule;

/** NHN KCP (`kcp_v2`): its v2 rules, a row of {@link PG_RULES}. */
export const kcp_v2 = {
  methods: ['CARD'],
  required: [],
  requiredOn: { mobile: ['issueName'] },
  offerPeriod: { kinds: ['interval'] },
  cardCompanyIgnored: true,
} as const satisfies V2PgRule;

/** KPN (`kpn`): its v2 rules, a row of {@link PG_RULES}. */
export const kpn = {
  methods: ['CARD'],
  required: ['customer.customerId', 'customer.name'],
  offerPeriod: { kinds: ['range'] },
  locales: ['KO_KR', 'EN_US'],
  cardCompanyIgnored: true,
} as const satisfies V2PgRule;

/** NICE Payments (`nice_v2`): its v2 rules, a row of {@link PG_RULES}. */
export const nice_v2 = {
  // "간편결제(네이버페이 / 카카오페이)만"
  methods: ['EASY_PAY'],
  required: ['issueName', 'easyPay.easyPayProvider'],
  issueId: { charset: 'alphanumeric', maxLength: 40 },
  easyPayProviders: ['KAKAOPAY', 'NAVERPAY'],
  // Naver Pay through NICE must choose card or point, as v1's naverpay_card / naverpay_point do.
  easyPayMethodChoice: { provider: 'NAVERPAY', oneOf: ['CARD', 'CHARGE'] },
} as const satisfies V2PgRule;

/** Smartro (`smartro_v2`): its v2 rules, a row of {@link PG_RULES}. */
export const smartro_v2 = {
  methods: ['CARD'],
  required: ['customer.customerId'],
  // "특수문자는 사용이 불가"
  issueId: { charset: 'alphanumeric' },
  customerId: smartroCustomerId,
  // "offerPeriod … 이용시에는 from 및 to 파라미터를 모두 입력해야 결제창에 정상적으로 노출"
  offerPeriod: { kinds: ['range'], fullRange: true },
  notices: ['identityVerification'],
} as const satisfies V2PgRule;

/** Welcome Payments (`welcome`): its v2 rules, a row of {@link PG_RULES}. */
export const welcome = {
  methods: ['CARD'],
  firstPayment: { methods: ['MOBILE'], currencies: ['KRW'] },
  // "fullName 혹은 (firstName + lastName)을 필수"
  required: ['issueName', 'customer.name'],
  requiredOn: { pc: ['customer.phoneNumber', 'customer.email'], mobile: ['offerPeriod'] },
  issueId: { charset: 'ascii' },
  fullNameMaxBytes: 30,
  offerPeriod: { kinds: ['range', 'interval'], intervals: ['1m', '1y'], fullRange: true },
  currencies: ['KRW'],
  locales: ['KO_KR', 'EN_US', 'ZH_CN'],
  localeIgnoredOn: ['mobile'],
  showsDisplayAmount: true,
} as const satisfies V2PgRule;

/** Galaxia Money Tree (`galaxia`): its v2 rules, a row of {@link PG_RULES}. */
export const galaxia = {
  methods: ['CARD'],
  // "갤럭시아머니트리의 경우 'MOBILE'만 지원됩니다" (requestIssueBillingKeyAndPay).
  firstPayment: { methods: ['MOBILE'], currencies: ['KRW'] },
  required: ['issueName', 'customer.customerId'],
  requiredOn: { mobile: ['redirectUrl'] },
  customerId: { required: true, maxLength: 20 },
  currencies: ['KRW'],
  showsDisplayAmount: true,
  // "0이거나 미입력시 1000원으로 노출됩니다. (결제 발생하지 않음)"
  windowAmountAtZero: 1000,
} as const satisfies V2PgRule;

/** Kakao Pay (`kakaopay`): its v2 rules, a row of {@link PG_RULES}. */
export const kakaopay = {
  methods: ['EASY_PAY'],
  required: ['issueName'],
  locales: ['KO_KR'],
  otherLocales: 'ignored',
  windowTypes: { pc: ['IFRAME'], mobile: ['REDIRECTION'] },
  notices: ['payMethodChosenByBuyer'],
} as const satisfies V2PgRule;

/** Naver Pay (`naverpay`): its v2 rules, a row of {@link PG_RULES}. */
export const naverpay = {
  methods: ['EASY_PAY'],
  // issueId cannot be reused for one Naver account: the generated one is new for every attempt.
  required: ['issueName'],
  currencies: ['KRW'],
  locales: ['KO_KR'],
  otherLocales: 'ignored',
  // "빌링키 발급창에 띄워줄 금액 정보"
  showsDisplayAmount: true,
  windowTypes: { pc: ['POPUP'], mobile: ['REDIRECTION'] },
  pgMessageVerbatim: true,
  notices: ['payMethodChosenByBuyer'],
} as const satisfies V2PgRule;

/** Toss Pay (`tosspay_v2`): its v2 rules, a row of {@link PG_RULES}. */
export const tosspay_v2 = {
  methods: ['EASY_PAY'],
  required: ['customer.customerId'],
  requiredOn: { mobile: ['redirectUrl'] },
  customerId: { required: true, maxLength: 50 },
} as const satisfies V2PgRule;

/** Eximbay (`eximbay_v2`): its v2 rules, a row of {@link PG_RULES}. */
export const eximbay_v2 = {
  // Issue-and-pay only: the key comes with a first payment (its page sends no billingKeyAndPayMethod).
  methods: [],
  firstPayment: { methods: ['CARD'] },
  // "엑심베이의 경우 구매자 성명과 이메일은 필수 입력 항목입니다."
  required: ['customer.name', 'customer.email'],
  locales: ['KO_KR', 'EN_US', 'JA_JP', 'ZH_CN', 'ZH_TW', 'TH_TH', 'VI_VN'],
} as const satisfies V2PgRule;

/** Payletter (global cards) (`payletter_global`): its v2 rules, a row of {@link PG_RULES}. */
export const payletter_global = {
  methods: [],
  // "paymentId 에는 영문, 숫자만"; card payments in KRW, USD or JPY.
  firstPayment: { methods: ['CARD'], currencies: ['KRW', 'USD', 'JPY'], paymentIdCharset: 'alphanumeric' },
  // "customer.email을 필수로 입력하셔야 합니다."
  required: ['customer.email'],
} as const satisfies V2PgRule;

/** Every PG the library issues v2 billing keys through, keyed by the name the `pg` prop takes. */
export const PG_RULES = {
  tosspayments,
  inicis_v2,
  kcp_v2,
  kpn,
  nice_v2,
  smartro_v2,
  welcome,
  galaxia,
  kakaopay,
  naverpay,
  tosspay_v2,
  eximbay_v2,
  payletter_global,
} as const satisfies Record<string, V2PgRule>;
