import { smartroCustomerId, TOSS_CUSTOMER_KEY_CHARACTERS, tossCustomerKey } from './id-rules';
import type { MethodRule, PgRule } from './v1-pg-rule';

/**
 * The PG rules table for PortOne v1 window billing: one row per PG code, built from `pg-facts.md` (PortOne's current
 * developer docs, the seeds and the old iamport manual). Validation, defaults, `charged`, the default `m_redirect_url`,
 * buyer notices, development warnings and the docs' PG matrix all read this table: adding a PG is adding a row here
 * (and its developer notes in `PG_DOCS`; what only development warnings read, in `V1_PG_ADVICE`).
 */

// The amount rules most card windows share.
const keyOnlyDisplayOnly: MethodRule = { zeroAmount: 'key-only', positiveAmount: 'display-only' };
const keyOnlyCharged: MethodRule = { zeroAmount: 'key-only', positiveAmount: 'charged' };
// Phone billing: a real first payment, the same amount every month, and `digital` says whether the goods are digital.
const phoneBilling: MethodRule = {
  zeroAmount: 'not-allowed',
  positiveAmount: 'charged',
  sameAmountMonthly: true,
  requiredParams: [{ key: 'digital', type: 'boolean' }],
};

const callbackEverywhere = { pc: 'callback', mobile: 'callback' } as const;
const redirectOnMobile = { pc: 'callback', mobile: 'redirect' } as const;
const redirectEverywhere = { pc: 'redirect', mobile: 'redirect' } as const;

// Each PG's rules are their own export (named by the PG code), so a page that imports only the PGs it uses (a lean
// provider's `rules`) carries only theirs; PG_RULES below gathers them all for the default entries. Rows spell their
// fields out rather than spreading a shared one (`{ ...keyOnlyCharged, … }`): a bundler cannot drop a spread it does not
// use, so an unused row would stay in every page.

/** KG Inicis (`html5_inicis`): its v1 rules, a row of {@link PG_RULES}. */
export const html5_inicis = {
  status: 'live',
  methods: { card: keyOnlyDisplayOnly },
  payMethodDefault: 'first',
  // The seed says callback on mobile; the current docs page sends m_redirect_url: treat it as "may redirect".
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** Danal card (`danal_tpay`): its v1 rules, a row of {@link PG_RULES}. */
export const danal_tpay = {
  status: 'live',
  methods: { card: { zeroAmount: 'test-charge', positiveAmount: 'charged', testChargeAmount: 10 } },
  payMethodDefault: 'first',
  delivery: callbackEverywhere,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** NHN KCP (`kcp_billing`): its v1 rules, a row of {@link PG_RULES}. */
export const kcp_billing = {
  status: 'live',
  methods: { card: keyOnlyDisplayOnly },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** KICC (`kicc`): its v1 rules, a row of {@link PG_RULES}. */
export const kicc = {
  status: 'live',
  methods: { card: keyOnlyDisplayOnly },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** PAYCO (`payco`): its v1 rules, a row of {@link PG_RULES}. */
export const payco = {
  status: 'live',
  methods: { card: keyOnlyDisplayOnly },
  payMethodDefault: 'omit',
  delivery: callbackEverywhere,
  mid: 'optional',
  requiredBuyerFields: [],
  notices: ['payMethodChosenByBuyer'],
} as const satisfies PgRule;

/** Kakao Pay (`kakaopay`): its v1 rules, a row of {@link PG_RULES}. */
export const kakaopay = {
  status: 'live',
  methods: { card: keyOnlyCharged },
  payMethodDefault: 'omit',
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: [],
  notices: ['payMethodChosenByBuyer', 'monthlyChargeCap'],
} as const satisfies PgRule;

/** Danal phone (`danal`): its v1 rules, a row of {@link PG_RULES}. */
export const danal = {
  status: 'live',
  methods: { phone: phoneBilling },
  payMethodDefault: 'first',
  delivery: callbackEverywhere,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** KG Mobilians phone (`mobilians`): its v1 rules, a row of {@link PG_RULES}. */
export const mobilians = {
  status: 'live',
  methods: { phone: phoneBilling },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** Paymentwall (`paymentwall`): its v1 rules, a row of {@link PG_RULES}. */
export const paymentwall = {
  status: 'live',
  methods: { card: { zeroAmount: 'not-allowed', positiveAmount: 'charged' } },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: ['email', 'name'],
  buyerNameFormat: 'first-last',
  requiredParams: [{ key: 'currency', type: 'string' }],
} as const satisfies PgRule;

/** Toss Payments (`tosspayments`): its v1 rules, a row of {@link PG_RULES}. */
export const tosspayments = {
  status: 'live',
  methods: { card: keyOnlyDisplayOnly },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  // Optional; without it PortOne makes a random one.
  customerId: tossCustomerKey,
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** Smartro (`smartro_v2`): its v1 rules, a row of {@link PG_RULES}. */
export const smartro_v2 = {
  status: 'live',
  methods: { card: keyOnlyDisplayOnly },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  customerId: smartroCustomerId,
  merchantUidCharset: 'alphanumeric',
  requiredBuyerFields: [],
  notices: ['identityVerification'],
} as const satisfies PgRule;

/** Welcome Payments (`welcome`): its v1 rules, a row of {@link PG_RULES}. */
export const welcome = {
  status: 'live',
  methods: {
    card: keyOnlyDisplayOnly,
    // Phone billing without phoneBilling's same-amount rule.
    phone: {
      zeroAmount: 'not-allowed',
      positiveAmount: 'charged',
      sameAmountMonthly: false,
      requiredParams: [{ key: 'digital', type: 'boolean' }],
    },
  },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: ['name', 'tel'],
} as const satisfies PgRule;

/** Galaxia Money Tree (`galaxia`): its v1 rules, a row of {@link PG_RULES}. */
export const galaxia = {
  status: 'live',
  methods: {
    card: { zeroAmount: 'key-only', positiveAmount: 'display-only', windowAmountAtZero: 1000 },
    phone: { zeroAmount: 'not-allowed', positiveAmount: 'charged' },
  },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  customerId: { required: true, maxLength: 20 },
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** Naver Pay (`naverpay`): its v1 rules, a row of {@link PG_RULES}. */
export const naverpay = {
  status: 'live',
  methods: { card: keyOnlyDisplayOnly },
  payMethodDefault: 'omit',
  // naverPopupMode: true → callback; otherwise the window redirects, on PC too.
  delivery: redirectEverywhere,
  callbackWhenParam: { key: 'naverPopupMode', value: true },
  mid: 'optional',
  requiredBuyerFields: ['tel'],
  pgMessageVerbatim: true,
  notices: ['payMethodChosenByBuyer'],
} as const satisfies PgRule;

/** Toss Pay (`tosspay_v2`): its v1 rules, a row of {@link PG_RULES}. */
export const tosspay_v2 = {
  status: 'live',
  // pg-facts ⚠️: issue-and-pay is not possible, so an amount is never charged here.
  methods: { tosspay: keyOnlyDisplayOnly },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  customerId: { required: true, maxLength: 50 },
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** Hecto bank account (`settle_acc`): its v1 rules, a row of {@link PG_RULES}. */
export const settle_acc = {
  status: 'live',
  methods: { trans: keyOnlyCharged },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'required',
  requiredBuyerFields: ['tel'],
} as const satisfies PgRule;

/** NICE Payments (`nice_v2`): its v1 rules, a row of {@link PG_RULES}. */
export const nice_v2 = {
  status: 'live',
  // Easy pay only; the amount rule for > 0 is undocumented (pg-facts ⚠️): treated as display only.
  methods: { naverpay_card: keyOnlyDisplayOnly, naverpay_point: keyOnlyDisplayOnly, kakaopay: keyOnlyDisplayOnly },
  payMethodDefault: 'required',
  delivery: redirectOnMobile,
  mid: 'optional',
  customerId: { required: true },
  name: { maxBytes: 40, forbiddenCharacters: '%&|$-+=[]' },
  requiredBuyerFields: ['tel'],
} as const satisfies PgRule;

// 2026-12: no public `pg` code; the buyer picks a saved card or bank account inside BrandPay; nothing is charged.
/** Toss Payments BrandPay (`toss_brandpay`): its v1 rules, a row of {@link PG_RULES}. */
export const toss_brandpay = {
  status: 'live',
  methods: { toss_brandpay: { zeroAmount: 'key-only', positiveAmount: 'not-used' } },
  payMethodDefault: 'first',
  // An iframe on PC and phone alike: the callback always answers.
  delivery: callbackEverywhere,
  mid: 'optional',
  channelKeyOnly: true,
  // BrandPay's customerKey: the same value for the same buyer.
  customerId: { required: true, minLength: 2, maxLength: 50, pattern: TOSS_CUSTOMER_KEY_CHARACTERS },
  requiredBuyerFields: [],
  notices: ['nothingChargedNow'],
} as const satisfies PgRule;

// 2026-12: KG파이낸셜's new module (the old `mobilians` code stays the phone-only old module); rule name only.
/** KG Financial (new module) (`mobilians_v2`): its v1 rules, a row of {@link PG_RULES}. */
export const mobilians_v2 = {
  status: 'live',
  methods: {
    card: { zeroAmount: 'key-only', positiveAmount: 'charged', customerIdRequiredAtZero: true },
    phone: { zeroAmount: 'not-allowed', positiveAmount: 'charged' },
  },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  channelKeyOnly: true,
  merchantUidMinLength: 4,
  requiredBuyerFields: [],
} as const satisfies PgRule;

// 2026-12: global cards; the key comes only with a first payment, which may stay pending until Payletter approves it.
/** Payletter (global cards) (`payletter_global`): its v1 rules, a row of {@link PG_RULES}. */
export const payletter_global = {
  status: 'live',
  methods: { card: { zeroAmount: 'not-allowed', positiveAmount: 'charged', mayStayPending: true } },
  payMethodDefault: 'never',
  delivery: redirectOnMobile,
  mid: 'optional',
  merchantUidCharset: 'alphanumeric',
  requiredBuyerFields: ['email'],
  currencies: ['KRW', 'USD', 'JPY'],
} as const satisfies PgRule;

/** JTNet (`jtnet`): its v1 rules, a row of {@link PG_RULES}. */
export const jtnet = {
  status: 'discontinued',
  methods: { card: keyOnlyCharged },
  payMethodDefault: 'first',
  delivery: redirectOnMobile,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** CHAI (`chai`): its v1 rules, a row of {@link PG_RULES}. */
export const chai = {
  status: 'discontinued',
  methods: { trans: keyOnlyDisplayOnly },
  payMethodDefault: 'first',
  delivery: redirectEverywhere,
  mid: 'optional',
  requiredBuyerFields: [],
} as const satisfies PgRule;

/** Every PG the library issues v1 billing keys through, keyed by PG code. */
export const PG_RULES = {
  html5_inicis,
  danal_tpay,
  kcp_billing,
  kicc,
  payco,
  kakaopay,
  danal,
  mobilians,
  paymentwall,
  tosspayments,
  smartro_v2,
  welcome,
  galaxia,
  naverpay,
  tosspay_v2,
  settle_acc,
  nice_v2,
  toss_brandpay,
  mobilians_v2,
  payletter_global,
  jtnet,
  chai,
} as const satisfies Record<string, PgRule>;
