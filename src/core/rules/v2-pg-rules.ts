import { isNoticeList, type PerDevice } from './shared-rule-types';
import type { V2PgRule } from './v2-pg-rule';

/**
 * The PG rules table for PortOne v2 billing-key windows (`PortOne.requestIssueBillingKey`): one row per PG, built from
 * pg-facts.md "PortOne v2" and the v2 PG pages (docs: opi/ko/integration/pg/v2/*.mdx, src/schema/browser-sdk.yml).
 * Validation, defaults, notices, development warnings and the test kit's simulated window all read it: adding a PG is
 * adding a row here. `issueId` and `issueName`, which many PGs require, always have a value (generated, or the locale's
 * default name), so a row lists them only where the PG adds a limit.
 */

// Where the pages do not say otherwise, the result comes back through the promise on a PC (iframe or popup) and
// through `redirectUrl` on a mobile browser ("대부분의 모바일 환경이 리디렉션 방식에 해당됩니다").
const promiseOnPcRedirectOnMobile: PerDevice<'callback' | 'redirect'> = { pc: 'callback', mobile: 'redirect' };
// Each PG's rules are their own export (named by the `pg` name), so a page that imports only the PGs it uses (a lean
// provider's `rules`) carries only theirs; V2_PG_RULES below gathers them all for the default entry.

/** Toss Payments (`tosspayments`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const tosspayments = {
  // TRANSFER: 퀵계좌이체 keys since 2026-06-23 (PR #1086).
  methods: ['CARD', 'TRANSFER'],
  required: [],
  // Optional; without it PortOne makes one (browser-sdk.yml, Customer.customerId).
  customerId: {
    required: false,
    minLength: 2,
    maxLength: 50,
    pattern: /^[A-Za-z0-9\-_=.@]+$/,
    patternText: 'letters, digits and - _ = . @',
  },
  // "KO_KR만 지원합니다. 이외의 값을 넣어도 무시됩니다"
  locales: ['KO_KR'],
  otherLocales: 'ignored',
  // "이외의 다른 방식으로 … 에러"
  windowTypes: { pc: ['IFRAME'], mobile: ['REDIRECTION'] },
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** KG Inicis (`inicis_v2`): its v2 rules, a row of {@link V2_PG_RULES}. */
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
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** NHN KCP (`kcp_v2`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const kcp_v2 = {
  methods: ['CARD'],
  required: [],
  requiredOn: { mobile: ['issueName'] },
  offerPeriod: { kinds: ['interval'] },
  cardCompanyIgnored: true,
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** KPN (`kpn`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const kpn = {
  methods: ['CARD'],
  required: ['customer.customerId', 'customer.name'],
  offerPeriod: { kinds: ['range'] },
  locales: ['KO_KR', 'EN_US'],
  cardCompanyIgnored: true,
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** NICE Payments (`nice_v2`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const nice_v2 = {
  // "간편결제(네이버페이 / 카카오페이)만"
  methods: ['EASY_PAY'],
  required: ['issueName', 'easyPay.easyPayProvider'],
  issueId: { charset: 'alphanumeric', maxLength: 40 },
  easyPayProviders: ['KAKAOPAY', 'NAVERPAY'],
  // Naver Pay through NICE must choose card or point, as v1's naverpay_card / naverpay_point do.
  easyPayMethodChoice: { provider: 'NAVERPAY', oneOf: ['CARD', 'CHARGE'] },
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** Smartro (`smartro_v2`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const smartro_v2 = {
  methods: ['CARD'],
  required: ['customer.customerId'],
  // "특수문자는 사용이 불가"
  issueId: { charset: 'alphanumeric' },
  customerId: { required: true, maxLength: 20, pattern: /^[A-Za-z0-9]+$/, patternText: 'letters and digits' },
  // "offerPeriod … 이용시에는 from 및 to 파라미터를 모두 입력해야 결제창에 정상적으로 노출"
  offerPeriod: { kinds: ['range'], fullRange: true },
  delivery: promiseOnPcRedirectOnMobile,
  notices: ['identityVerification'],
} as const satisfies V2PgRule;

/** Welcome Payments (`welcome`): its v2 rules, a row of {@link V2_PG_RULES}. */
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
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** Galaxia Money Tree (`galaxia`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const galaxia = {
  methods: ['CARD'],
  // "갤럭시아머니트리의 경우 'MOBILE'만 지원됩니다" (requestIssueBillingKeyAndPay).
  firstPayment: { methods: ['MOBILE'], currencies: ['KRW'] },
  required: ['issueName', 'customer.customerId'],
  requiredOn: { mobile: ['redirectUrl'] },
  customerId: { required: true, maxLength: 20 },
  currencies: ['KRW'],
  delivery: promiseOnPcRedirectOnMobile,
  showsDisplayAmount: true,
  // "0이거나 미입력시 1000원으로 노출됩니다. (결제 발생하지 않음)"
  windowAmountAtZero: 1000,
} as const satisfies V2PgRule;

/** Kakao Pay (`kakaopay`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const kakaopay = {
  methods: ['EASY_PAY'],
  required: ['issueName'],
  locales: ['KO_KR'],
  otherLocales: 'ignored',
  windowTypes: { pc: ['IFRAME'], mobile: ['REDIRECTION'] },
  delivery: promiseOnPcRedirectOnMobile,
  notices: ['payMethodChosenByBuyer'],
} as const satisfies V2PgRule;

/** Naver Pay (`naverpay`): its v2 rules, a row of {@link V2_PG_RULES}. */
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
  delivery: promiseOnPcRedirectOnMobile,
  pgMessageVerbatim: true,
  notices: ['payMethodChosenByBuyer'],
} as const satisfies V2PgRule;

/** Toss Pay (`tosspay_v2`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const tosspay_v2 = {
  methods: ['EASY_PAY'],
  required: ['customer.customerId'],
  requiredOn: { mobile: ['redirectUrl'] },
  customerId: { required: true, maxLength: 50 },
  delivery: promiseOnPcRedirectOnMobile,
  // The answer can be lost when the buyer closes the popup or the browser: PortOne recommends the webhook.
  recommendedParams: ['noticeUrls'],
} as const satisfies V2PgRule;

/** Eximbay (`eximbay_v2`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const eximbay_v2 = {
  // Issue-and-pay only: the key comes with a first payment (its page sends no billingKeyAndPayMethod).
  methods: [],
  firstPayment: { methods: ['CARD'] },
  // "엑심베이의 경우 구매자 성명과 이메일은 필수 입력 항목입니다."
  required: ['customer.name', 'customer.email'],
  locales: ['KO_KR', 'EN_US', 'JA_JP', 'ZH_CN', 'ZH_TW', 'TH_TH', 'VI_VN'],
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** Payletter (global cards) (`payletter_global`): its v2 rules, a row of {@link V2_PG_RULES}. */
export const payletter_global = {
  methods: [],
  // "paymentId 에는 영문, 숫자만"; card payments in KRW, USD or JPY.
  firstPayment: { methods: ['CARD'], currencies: ['KRW', 'USD', 'JPY'], paymentIdCharset: 'alphanumeric' },
  // "customer.email을 필수로 입력하셔야 합니다."
  required: ['customer.email'],
  delivery: promiseOnPcRedirectOnMobile,
} as const satisfies V2PgRule;

/** Every PG the library issues v2 billing keys through, keyed by the name the `pg` prop takes. */
export const V2_PG_RULES = {
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

/** A PG name the library knows for v2 billing-key windows. */
export type KnownV2PgCode = keyof typeof V2_PG_RULES;

/**
 * PG names a merchant adds through `PortOneProvider`'s `pgRules`, declared by module augmentation so that `pg="my_pg"`
 * type-checks:
 * ```ts
 * declare module 'react-billing-key/v2' { interface CustomV2PgCodes { my_pg: true } }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the merchant's augmentation
export interface CustomV2PgCodes {}

/** The `pg` prop of `react-billing-key/v2`: a PG name the library knows, or one added through `pgRules`. */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- empty until a merchant augments CustomV2PgCodes
export type V2PgCode = KnownV2PgCode | Extract<keyof CustomV2PgCodes, string>;

/** Rules a merchant adds or overrides, keyed by v2 PG name (`PortOneProvider`'s `pgRules`). */
export type V2PgRules = Readonly<Record<string, V2PgRule>>;

const onlyV1 = (name: string) =>
  `${name} has no billing-key window in PortOne v2; its window billing is v1 only (react-billing-key's IamportProvider).`;

/**
 * PG names that do not issue billing keys through a v2 `requestIssueBillingKey` window, with the reason and what to
 * use instead (English, for the developer). A request for one of them is `INVALID_PARAMS` on `pg`. Only development
 * builds read it (production bundles drop it: its calls are marked pure).
 */
export const V2_REFUSED_PGS: Readonly<Record<string, string>> = {
  ksnet:
    "KSNET's v2 pages disagree (its PG page names a CARD billing window but shows none; PortOne's v2 PG overview lists " +
    'KSNET billing as REST API only): issue KSNET keys through the REST API until PortOne settles it.',
  paypal_v2:
    "PayPal RT issues keys through PortOne.loadIssueBillingKeyUI (uiType 'PAYPAL_RT') into a .portone-ui-container " +
    'element, not a requestIssueBillingKey window: use PayPalBillingButton.',
  danal: /* @__PURE__ */ onlyV1('Danal (phone)'),
  danal_tpay: /* @__PURE__ */ onlyV1('Danal (card)'),
  kicc: /* @__PURE__ */ onlyV1('KICC'),
  payco: /* @__PURE__ */ onlyV1('PAYCO'),
  paymentwall: /* @__PURE__ */ onlyV1('Paymentwall'),
  settle_acc: /* @__PURE__ */ onlyV1('Hecto Financial (bank account)'),
  hecto: 'Hecto Financial has no billing-key window in PortOne v2.',
  html5_inicis: "html5_inicis is KG Inicis's v1 code; in v2 use pg 'inicis_v2' with a KG Inicis v2 channel key.",
  kcp_billing: "kcp_billing is NHN KCP's v1 code; in v2 use pg 'kcp_v2' with an NHN KCP v2 channel key.",
  nice: "nice is NICE's old v1 module; in v2 use pg 'nice_v2' (easy pay only).",
  tosspay: "tosspay is the old Toss Pay module; use pg 'tosspay_v2'.",
};

/**
 * The v2 rules for `pg`, or `undefined` for a name the library does not know. `extraRules` (a provider's `pgRules`) come
 * first; one whose shape is broken counts as unknown (development builds name every problem when the provider mounts,
 * see `v2PgRuleProblems`). Total: never throws, whatever `pg` is.
 */
export function getV2PgRule(pg: unknown, extraRules?: V2PgRules): V2PgRule | undefined {
  return findV2PgRule(pg, extraRules, V2_PG_RULES);
}

/**
 * {@link getV2PgRule} in `rules` instead of `V2_PG_RULES`: a lean provider's PGs (`rules={{ tosspayments }}`), so its
 * page carries no other PG's rules. `rules` are the library's own rows and are trusted; `extraRules` are checked as ever.
 */
export function findV2PgRule(pg: unknown, extraRules: V2PgRules | undefined, rules: V2PgRules): V2PgRule | undefined {
  if (typeof pg !== 'string') return undefined;
  // Own keys only: `toString`, `__proto__` and friends are not PGs.
  if (extraRules && typeof extraRules === 'object' && Object.prototype.hasOwnProperty.call(extraRules, pg)) {
    const extra: unknown = extraRules[pg];
    return hasV2RuleShape(extra) ? extra : undefined;
  }
  if (typeof rules !== 'object' || rules === null) return undefined;
  return Object.prototype.hasOwnProperty.call(rules, pg) ? rules[pg] : undefined;
}

const isList = (value: unknown) => Array.isArray(value);

// The structure every reader of a rule relies on, so a merchant's broken rule can never make them throw.
function hasV2RuleShape(rule: unknown): rule is V2PgRule {
  if (typeof rule !== 'object' || rule === null) return false;
  const { methods, required, delivery, notices } = rule as Record<string, unknown>;
  return (
    isList(methods) &&
    (methods as unknown[]).length > 0 &&
    (methods as unknown[]).every((method) => typeof method === 'string') &&
    isList(required) &&
    typeof delivery === 'object' &&
    delivery !== null &&
    (notices === undefined || isNoticeList(notices))
  );
}
