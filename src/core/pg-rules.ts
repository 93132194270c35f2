/**
 * The PG rules table: every difference between payment-window billing PGs, as data.
 * Built from `shared/pg-facts.md`. Validation, `charged`, redirect defaults, notices and the docs'
 * PG matrix all read this table; adding a PG means adding a row here, plus its docs row in `PG_DOCS` (pg-docs.ts)
 * and its buyer-facing name in `PG_NAMES` (i18n/pg-names.ts). Developer notes live in `PG_DOCS` so they never reach a merchant's bundle.
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
}

type RuleDefaults = Omit<PgRule, 'delivery'>;

const cardPg: RuleDefaults = {
  payMethods: ['card'],
  payMethodChosenByBuyer: false,
  zeroAmount: 'key-only',
  positiveAmount: 'charged',
  requiredBuyerFields: [],
  sameAmountMonthly: false,
  monthlyChargeCap: false,
  expectsDigitalFlag: false,
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
    delivery: redirectOnMobile,
  },
  html5_inicis: {
    ...cardPg,
    positiveAmount: 'display-only',
    delivery: callbackEverywhere,
  },
  danal_tpay: {
    ...cardPg,
    zeroAmount: 'test-charge',
    testChargeAmount: 10,
    delivery: callbackEverywhere,
  },
  kcp_billing: {
    ...cardPg,
    positiveAmount: 'display-only',
    delivery: redirectOnMobile,
  },
  kicc: {
    ...cardPg,
    positiveAmount: 'display-only',
    delivery: redirectOnMobile,
  },
  payco: {
    ...cardPg,
    positiveAmount: 'display-only',
    delivery: callbackEverywhere,
  },
  kakaopay: {
    ...cardPg,
    payMethodChosenByBuyer: true,
    monthlyChargeCap: true,
    delivery: callbackEverywhere,
  },
  chai: {
    ...cardPg,
    payMethods: ['trans'],
    positiveAmount: 'display-only',
    delivery: { pc: 'redirect', mobile: 'redirect' },
  },
  danal: {
    ...phonePg,
    delivery: callbackEverywhere,
  },
  mobilians: {
    ...phonePg,
    delivery: callbackEverywhere,
  },
  paymentwall: {
    ...cardPg,
    zeroAmount: 'not-allowed',
    requiredBuyerFields: ['email'],
    delivery: redirectOnMobile,
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
  return pg.split('.')[0]!;
}

/** The rules for a `pg` value, or `undefined` for a PG the library does not know. */
export function getPgRule(pg: string): PgRule | undefined {
  const code = pgCodeOf(pg);
  // Own keys only: `toString` and friends are not PGs.
  return Object.keys(PG_RULES).includes(code) ? (PG_RULES as Record<string, PgRule>)[code] : undefined;
}

/** True when the PG sends the result by redirect on PC or on mobile, so `m_redirect_url` is needed. */
export function mayRedirect(rule: PgRule): boolean {
  return Object.values(rule.delivery).includes('redirect');
}

/** True when the window itself approves `amount` together with issuing the key. */
export function isCharged(rule: PgRule, amount: number): boolean {
  return amount > 0 && rule.positiveAmount === 'charged';
}
