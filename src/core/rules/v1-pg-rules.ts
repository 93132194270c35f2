import type { MethodRule, PgRule } from './v1-pg-rule';

/**
 * The PG rules table for PortOne v1 window billing: one row per PG code, built from `pg-facts.md` (PortOne's current
 * developer docs, the seeds and the old iamport manual). Validation, defaults, `charged`, the default `m_redirect_url`,
 * buyer notices, development warnings and the docs' PG matrix all read this table: adding a PG is adding a row here
 * (and its developer notes in `PG_DOCS`).
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

/** Every PG the library issues v1 billing keys through, keyed by PG code. */
export const PG_RULES = {
  html5_inicis: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    // The seed says callback on mobile; the current docs page sends m_redirect_url: treat it as "may redirect".
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  danal_tpay: {
    status: 'live',
    methods: { card: { zeroAmount: 'test-charge', positiveAmount: 'charged', testChargeAmount: 10 } },
    payMethodDefault: 'first',
    delivery: callbackEverywhere,
    mid: 'optional',
    requiredBuyerFields: [],
    // "The Danal window may fail without it."
    recommended: { buyerFields: ['tel'] },
  },
  kcp_billing: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  kicc: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  payco: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'omit',
    delivery: callbackEverywhere,
    mid: 'optional',
    requiredBuyerFields: [],
    notices: ['payMethodChosenByBuyer'],
  },
  kakaopay: {
    status: 'live',
    methods: { card: keyOnlyCharged },
    payMethodDefault: 'omit',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
    notices: ['payMethodChosenByBuyer', 'monthlyChargeCap'],
  },
  danal: {
    status: 'live',
    methods: { phone: phoneBilling },
    payMethodDefault: 'first',
    delivery: callbackEverywhere,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  mobilians: {
    status: 'live',
    methods: { phone: phoneBilling },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  paymentwall: {
    status: 'live',
    methods: { card: { zeroAmount: 'not-allowed', positiveAmount: 'charged' } },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: ['email', 'name'],
    buyerNameFormat: 'first-last',
    requiredParams: [{ key: 'currency', type: 'string' }],
  },
  tosspayments: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    // Optional; without it PortOne makes a random one.
    customerId: {
      required: false,
      minLength: 2,
      maxLength: 50,
      pattern: /^[A-Za-z0-9\-_=.@]+$/,
      patternText: 'letters, digits and - _ = . @',
    },
    requiredBuyerFields: [],
  },
  smartro_v2: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    customerId: { required: true, maxLength: 20, pattern: /^[A-Za-z0-9]+$/, patternText: 'letters and digits' },
    merchantUidCharset: 'alphanumeric',
    requiredBuyerFields: [],
    notices: ['identityVerification'],
  },
  welcome: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly, phone: { ...phoneBilling, sameAmountMonthly: false } },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: ['name', 'tel'],
  },
  galaxia: {
    status: 'live',
    methods: {
      card: { ...keyOnlyDisplayOnly, windowAmountAtZero: 1000 },
      phone: { zeroAmount: 'not-allowed', positiveAmount: 'charged' },
    },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    customerId: { required: true, maxLength: 20 },
    requiredBuyerFields: [],
  },
  naverpay: {
    status: 'live',
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'omit',
    // naverPopupMode: true → callback; otherwise the window redirects, on PC too.
    delivery: redirectEverywhere,
    callbackWhenParam: { key: 'naverPopupMode', value: true },
    mid: 'optional',
    requiredBuyerFields: ['tel'],
    // Stops the same buyer registering the same product twice.
    recommended: { params: ['naverProductCode'] },
    pgMessageVerbatim: true,
    notices: ['payMethodChosenByBuyer'],
  },
  tosspay_v2: {
    status: 'live',
    // pg-facts ⚠️: issue-and-pay is not possible, so an amount is never charged here.
    methods: { tosspay: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    customerId: { required: true, maxLength: 50 },
    requiredBuyerFields: [],
    // The callback can be lost when the buyer closes the popup: PortOne recommends the webhook.
    recommended: { params: ['notice_url'] },
  },
  settle_acc: {
    status: 'live',
    methods: { trans: keyOnlyCharged },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'required',
    requiredBuyerFields: ['tel'],
  },
  nice_v2: {
    status: 'live',
    // Easy pay only; the amount rule for > 0 is undocumented (pg-facts ⚠️): treated as display only.
    methods: { naverpay_card: keyOnlyDisplayOnly, naverpay_point: keyOnlyDisplayOnly, kakaopay: keyOnlyDisplayOnly },
    payMethodDefault: 'required',
    delivery: redirectOnMobile,
    mid: 'optional',
    customerId: { required: true },
    name: { maxBytes: 40, forbiddenCharacters: '%&|$-+=[]' },
    requiredBuyerFields: ['tel'],
  },
  // 2026-12: no public `pg` code; the buyer picks a saved card or bank account inside BrandPay; nothing is charged.
  toss_brandpay: {
    status: 'live',
    methods: { toss_brandpay: { zeroAmount: 'key-only', positiveAmount: 'not-used' } },
    payMethodDefault: 'first',
    // An iframe on PC and phone alike: the callback always answers.
    delivery: callbackEverywhere,
    mid: 'optional',
    channelKeyOnly: true,
    // BrandPay's customerKey: the same value for the same buyer.
    customerId: {
      required: true,
      minLength: 2,
      maxLength: 50,
      pattern: /^[A-Za-z0-9\-_=.@]+$/,
      patternText: 'letters, digits and - _ = . @',
    },
    requiredBuyerFields: [],
    notices: ['nothingChargedNow'],
  },
  // 2026-12: KG파이낸셜's new module (the old `mobilians` code stays the phone-only old module); rule name only.
  mobilians_v2: {
    status: 'live',
    methods: {
      card: { ...keyOnlyCharged, customerIdRequiredAtZero: true },
      phone: { zeroAmount: 'not-allowed', positiveAmount: 'charged' },
    },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    channelKeyOnly: true,
    merchantUidMinLength: 4,
    requiredBuyerFields: [],
  },
  // 2026-12: global cards; the key comes only with a first payment, which may stay pending until Payletter approves it.
  payletter_global: {
    status: 'live',
    methods: { card: { zeroAmount: 'not-allowed', positiveAmount: 'charged', mayStayPending: true } },
    payMethodDefault: 'never',
    delivery: redirectOnMobile,
    mid: 'optional',
    merchantUidCharset: 'alphanumeric',
    requiredBuyerFields: ['email'],
    // The callback carries only imp_uid and merchant_uid; pending approvals arrive by webhook.
    recommended: { params: ['notice_url'] },
  },
  jtnet: {
    status: 'discontinued',
    endedOn: '2023-01-31',
    methods: { card: keyOnlyCharged },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  chai: {
    status: 'discontinued',
    endedOn: '2024-11-01',
    methods: { trans: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectEverywhere,
    mid: 'optional',
    requiredBuyerFields: [],
  },
} as const satisfies Record<string, PgRule>;
