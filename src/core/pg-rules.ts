/**
 * The PG rules table: every difference between payment-window billing PGs, as data.
 * Built from `shared/pg-facts.md`. Validation, `charged`, redirect defaults, notices and the docs'
 * PG matrix all read this table; adding a PG means adding a row here (plus its display name in the locales).
 */

/** A `pay_method` value the SDK accepts for billing-key windows. */
export type PayMethod = 'card' | 'phone' | 'trans';

/** How a result comes back: the `request_pay` callback, or a navigation to `m_redirect_url`. */
export type ResultDelivery = 'callback' | 'redirect';

/** What the PG does with `amount: 0`. */
export type ZeroAmountRule =
  /** Issues the key; nothing is charged. */
  | 'key-only'
  /** Issues the key with a small test charge that the PG cancels later (Danal card: 10 KRW, ~30 minutes). */
  | 'test-charge'
  /** Amount 0 is refused: the PG needs a real first payment. */
  | 'not-allowed';

/** What the PG does with `amount > 0`. */
export type PositiveAmountRule =
  /** The window approves a real first payment together with the key. */
  | 'charged'
  /** The amount is only shown; charge it afterwards with `/subscribe/payments/again`. */
  | 'display-only';

/** One PG's behaviour for billing-key issuance through the payment window. */
export interface PgRule {
  /** The PG code, the part of `pg` before the dot. */
  readonly code: string;
  /** Brand name, for developers (buyers see the localized name from the messages). */
  readonly label: string;
  /** Allowed `pay_method` values; the first is the default. */
  readonly payMethods: readonly PayMethod[];
  /** True when the PG ignores `pay_method` and the buyer chooses in the PG's app (Kakao Pay). */
  readonly payMethodChosenByBuyer: boolean;
  readonly zeroAmount: ZeroAmountRule;
  readonly positiveAmount: PositiveAmountRule;
  /** For `test-charge`: the amount the buyer sees charged and later cancelled, in KRW. */
  readonly testChargeAmount?: number;
  /** How the result arrives on a PC browser and on a mobile browser. */
  readonly delivery: { readonly pc: ResultDelivery; readonly mobile: ResultDelivery };
  /** Buyer fields the PG requires. */
  readonly requiredBuyerFields: readonly ('email' | 'name' | 'tel')[];
  /** Later charges must be the same amount on the same day each month (phone billing). */
  readonly sameAmountMonthly: boolean;
  /** The PG caps how many times one key can be charged per month. */
  readonly monthlyChargeCap: boolean;
  /** True when the SDK docs ask for `params.digital` (phone payments). */
  readonly expectsDigitalFlag: boolean;
  /** PortOne REST APIs that cannot be used with a window-configured MID of this PG. */
  readonly unavailableApis: readonly string[];
  /** Notes for the merchant's developers (English), shown in the docs matrix. */
  readonly notes: readonly string[];
  /** Where the facts come from (see pg-facts.md). */
  readonly sources: string;
}

type RuleDefaults = Omit<PgRule, 'code' | 'label' | 'delivery' | 'sources'>;

const cardPg: RuleDefaults = {
  payMethods: ['card'],
  payMethodChosenByBuyer: false,
  zeroAmount: 'key-only',
  positiveAmount: 'charged',
  requiredBuyerFields: [],
  sameAmountMonthly: false,
  monthlyChargeCap: false,
  expectsDigitalFlag: false,
  unavailableApis: [],
  notes: [],
};

const phonePg: RuleDefaults = {
  ...cardPg,
  payMethods: ['phone'],
  zeroAmount: 'not-allowed',
  sameAmountMonthly: true,
  expectsDigitalFlag: true,
};

const callbackEverywhere = { pc: 'callback', mobile: 'callback' } as const;
const redirectOnMobile = { pc: 'callback', mobile: 'redirect' } as const;

/** The rules for every supported PG, keyed by PG code. */
export const PG_RULES = {
  jtnet: {
    ...cardPg,
    code: 'jtnet',
    label: 'JTNet (tPay)',
    delivery: redirectOnMobile,
    unavailableApis: ['POST /subscribe/customers/{customer_uid}'],
    notes: ['Keys for a window-configured MID come only through the window; POST /subscribe/payments/onetime still works.'],
    sources: 'seed:000, seed:001, seed:004',
  },
  html5_inicis: {
    ...cardPg,
    code: 'html5_inicis',
    label: 'KG Inicis',
    positiveAmount: 'display-only',
    delivery: callbackEverywhere,
    unavailableApis: ['POST /subscribe/payments/onetime', 'POST /subscribe/customers/{customer_uid}'],
    notes: [
      'The amount is only shown (not at all on mobile): charge it with /subscribe/payments/again right after issuance.',
      "Mobile-only `bypass: { inicis: { authtype: '01' } }` asks only card number, expiry and birth date.",
    ],
    sources: 'seed:002, docs',
  },
  danal_tpay: {
    ...cardPg,
    code: 'danal_tpay',
    label: 'Danal (card)',
    zeroAmount: 'test-charge',
    testChargeAmount: 10,
    delivery: callbackEverywhere,
    unavailableApis: ['POST /subscribe/customers/{customer_uid}', 'POST /subscribe/payments/onetime'],
    notes: [
      'Amount 0 shows a 10 KRW test charge that Danal cancels about 30 minutes later; tell the buyer first.',
      "Optional `period: { from: 'YYYYMMDD', to: 'YYYYMMDD' }` is shown as the service period.",
    ],
    sources: 'seed:003, docs',
  },
  kcp_billing: {
    ...cardPg,
    code: 'kcp_billing',
    label: 'NHN KCP',
    positiveAmount: 'display-only',
    delivery: redirectOnMobile,
    notes: ["Optional `bypass: { site_logo: '<url>' }` (GIF/JPG under 150×50) shows your logo."],
    sources: 'manual',
  },
  kicc: {
    ...cardPg,
    code: 'kicc',
    label: 'KICC (EasyPay)',
    positiveAmount: 'display-only',
    delivery: redirectOnMobile,
    notes: ['Use `kicc.<MID>` when you have several KICC MIDs.'],
    sources: 'manual',
  },
  payco: {
    ...cardPg,
    code: 'payco',
    label: 'PAYCO',
    positiveAmount: 'display-only',
    delivery: callbackEverywhere,
    sources: 'manual',
  },
  kakaopay: {
    ...cardPg,
    code: 'kakaopay',
    label: 'Kakao Pay',
    payMethodChosenByBuyer: true,
    monthlyChargeCap: true,
    delivery: callbackEverywhere,
    notes: [
      'The buyer picks card or Kakao Money in the app, and that choice sticks for later charges.',
      'Kakao Pay caps how many times one key can be charged per month.',
    ],
    sources: 'manual',
  },
  chai: {
    ...cardPg,
    code: 'chai',
    label: 'CHAI',
    payMethods: ['trans'],
    positiveAmount: 'display-only',
    delivery: { pc: 'redirect', mobile: 'redirect' },
    notes: [
      'Redirects on PC too: `m_redirect_url` is always needed; the callback only reports errors raised before the redirect.',
      'Use `chai.<public_key>` when you have several CHAI MIDs.',
    ],
    sources: 'manual',
  },
  danal: {
    ...phonePg,
    code: 'danal',
    label: 'Danal (phone)',
    delivery: callbackEverywhere,
    notes: [
      'Later charges must be the same amount, every month on the same day (within 5 days).',
      'The SDK docs ask for `digital: true|false`; `period.text` is shown as the period wording.',
    ],
    sources: 'manual, docs',
  },
  mobilians: {
    ...phonePg,
    code: 'mobilians',
    label: 'KG Mobilians (phone)',
    delivery: callbackEverywhere,
    notes: [
      'Later charges must be the same amount, every month on the same day (within 5 days).',
      'The SDK docs ask for `digital: true|false`.',
    ],
    sources: 'manual, docs',
  },
  paymentwall: {
    ...cardPg,
    code: 'paymentwall',
    label: 'Paymentwall',
    zeroAmount: 'not-allowed',
    requiredBuyerFields: ['email'],
    delivery: redirectOnMobile,
    notes: ["Examples use `currency: 'USD'`, `language: 'en'` and `bypass: { widget_code: 't3_1' }`."],
    sources: 'manual',
  },
} as const satisfies Record<string, PgRule>;

/** A PG code the library knows. */
export type PgCode = keyof typeof PG_RULES;

/**
 * A `pg` value: a PG code, or a code plus `.` and the PG's merchant id (e.g. `html5_inicis.INIBillTst`).
 * The part before the dot selects the rules.
 */
export type PgId = PgCode | `${PgCode}.${string}`;

/** The PG code part of a `pg` value (`'html5_inicis.INIBillTst'` → `'html5_inicis'`). */
export function pgCodeOf(pg: string): string {
  const dot = pg.indexOf('.');
  return dot === -1 ? pg : pg.slice(0, dot);
}

/** The rules for a `pg` value, or `undefined` for a PG the library does not know. */
export function getPgRule(pg: string): PgRule | undefined {
  const code = pgCodeOf(pg);
  return Object.prototype.hasOwnProperty.call(PG_RULES, code) ? (PG_RULES as Record<string, PgRule>)[code] : undefined;
}

/** True when the PG sends the result by redirect on PC or on mobile, so `m_redirect_url` is needed. */
export function mayRedirect(rule: PgRule): boolean {
  return rule.delivery.pc === 'redirect' || rule.delivery.mobile === 'redirect';
}

/** True when the window itself approves `amount` together with issuing the key. */
export function isCharged(rule: PgRule, amount: number): boolean {
  return amount > 0 && rule.positiveAmount === 'charged';
}
