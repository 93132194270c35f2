import type { MethodRule, PgRule } from './pg-rule';

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
    label: { ko: 'KG이니시스', en: 'KG Inicis' },
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    // The seed says callback on mobile; the current docs page sends m_redirect_url: treat it as "may redirect".
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  danal_tpay: {
    status: 'live',
    label: { ko: '다날 신용카드', en: 'Danal card' },
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
    label: { ko: 'NHN KCP', en: 'NHN KCP' },
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  kicc: {
    status: 'live',
    label: { ko: 'KICC', en: 'KICC' },
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  payco: {
    status: 'live',
    label: { ko: '페이코', en: 'PAYCO' },
    methods: { card: keyOnlyDisplayOnly },
    payMethodDefault: 'omit',
    delivery: callbackEverywhere,
    mid: 'optional',
    requiredBuyerFields: [],
    notices: ['payMethodChosenByBuyer'],
  },
  kakaopay: {
    status: 'live',
    label: { ko: '카카오페이', en: 'Kakao Pay' },
    methods: { card: keyOnlyCharged },
    payMethodDefault: 'omit',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
    notices: ['payMethodChosenByBuyer', 'monthlyChargeCap'],
  },
  danal: {
    status: 'live',
    label: { ko: '다날 휴대폰', en: 'Danal phone' },
    methods: { phone: phoneBilling },
    payMethodDefault: 'first',
    delivery: callbackEverywhere,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  mobilians: {
    status: 'live',
    label: { ko: 'KG모빌리언스 휴대폰', en: 'KG Mobilians phone' },
    methods: { phone: phoneBilling },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  paymentwall: {
    status: 'live',
    label: { ko: '페이먼트월', en: 'Paymentwall' },
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
    label: { ko: '토스페이먼츠', en: 'Toss Payments' },
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
    label: { ko: '스마트로', en: 'Smartro' },
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
    label: { ko: '웰컴페이먼츠', en: 'Welcome Payments' },
    methods: { card: keyOnlyDisplayOnly, phone: { ...phoneBilling, sameAmountMonthly: false } },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: ['name', 'tel'],
  },
  galaxia: {
    status: 'live',
    label: { ko: '갤럭시아머니트리', en: 'Galaxia Money Tree' },
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
    label: { ko: '네이버페이', en: 'Naver Pay' },
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
    label: { ko: '토스페이', en: 'Toss Pay' },
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
    label: { ko: '헥토파이낸셜 내통장결제', en: 'Hecto bank account' },
    methods: { trans: keyOnlyCharged },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'required',
    requiredBuyerFields: ['tel'],
  },
  nice_v2: {
    status: 'live',
    label: { ko: '나이스페이먼츠', en: 'NICE Payments' },
    // Easy pay only; the amount rule for > 0 is undocumented (pg-facts ⚠️): treated as display only.
    methods: { naverpay_card: keyOnlyDisplayOnly, naverpay_point: keyOnlyDisplayOnly, kakaopay: keyOnlyDisplayOnly },
    payMethodDefault: 'required',
    delivery: redirectOnMobile,
    mid: 'optional',
    customerId: { required: true },
    name: { maxBytes: 40, forbiddenCharacters: '%&|$-+=[]' },
    requiredBuyerFields: ['tel'],
  },
  jtnet: {
    status: 'discontinued',
    discontinuedNote:
      "JTNet merged into NICE and its service ended on 2023-01-31; window billing did not carry over to NICE's 'nice' code. " +
      'Choose a live PG (see PG_RULES).',
    label: { ko: 'JTNet', en: 'JTNet' },
    methods: { card: keyOnlyCharged },
    payMethodDefault: 'first',
    delivery: redirectOnMobile,
    mid: 'optional',
    requiredBuyerFields: [],
  },
  chai: {
    status: 'discontinued',
    discontinuedNote: "CHAI's consumer service ended and payments stopped on 2024-11-01. Choose a live PG (see PG_RULES).",
    label: { ko: '차이', en: 'CHAI' },
    methods: { trans: keyOnlyDisplayOnly },
    payMethodDefault: 'first',
    delivery: redirectEverywhere,
    mid: 'optional',
    requiredBuyerFields: [],
  },
} as const satisfies Record<string, PgRule>;

/**
 * PG codes PortOne knows that do not issue v1 billing keys through the window, with the reason (English, for the
 * developer). A request for one of them is `INVALID_PARAMS` on `pg`.
 */
export const NOT_WINDOW_BILLING_PGS: Readonly<Record<string, string>> = {
  nice: "NICE's old module issues billing keys only through the REST API in v1 (for window billing use 'nice_v2').",
  ksnet: 'KSNET issues billing keys only through the REST API in v1 (window billing is v2 only).',
  daou: 'Daou (Kiwoom Pay) issues billing keys only through the REST API in v1.',
  settle: "Hecto (settle) card billing keys come only through the REST API in v1 (the bank-account window is 'settle_acc').",
  uplus: "The old Toss Payments module (uplus) does not issue billing keys through the window; use 'tosspayments'.",
  eximbay: 'Eximbay has no billing-key issuance in v1.',
  tosspay: "The old Toss Pay module does not issue billing keys; use 'tosspay_v2'.",
  kpn: 'KPN issues billing keys only in PortOne v2 (react-billing-key/v2).',
  inicis_unified: 'inicis_unified is identity verification, not payment.',
  toss_brandpay: 'Toss Brandpay does not issue a PortOne billing key.',
  paypal_v2:
    "PayPal RT opens through IMP.loadUI('paypal-rt', …) into a container, not request_pay; this library has no PayPal component yet.",
};
