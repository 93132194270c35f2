/**
 * The shape of one PG's rules for billing-key issuance through the payment window (PortOne v1).
 * Every difference between PGs is a field here; the table itself is `PG_RULES` (v1-pg-rules.ts).
 */
import type { IdRule, NoticeKind, ResultDelivery } from './shared-rule-types';

/** What the PG does with `amount: 0`. */
export type ZeroAmountRule =
  /** Issues the key; nothing is charged. */
  | 'key-only'
  /** Issues the key with a small test charge that the PG cancels later (Danal card: 10 KRW, about 30 minutes). */
  | 'test-charge'
  /** Amount 0 is refused: the PG needs a real first payment. */
  | 'not-allowed';

/** What the PG does with `amount > 0`. */
export type PositiveAmountRule =
  /** The window approves a real first payment together with the key. */
  | 'charged'
  /** The amount is only shown; charge it afterwards with `POST /subscribe/payments/again`. */
  | 'display-only'
  /** The amount is neither shown nor charged: the window issues the key only (Toss BrandPay). */
  | 'not-used';

/** A buyer field a PG may require (`buyer.<field>` → `buyer_<field>`). */
export type BuyerField = 'name' | 'email' | 'tel' | 'addr' | 'postcode';

/** A field of `params` that the PG requires, with the type of its value. */
export interface ParamRule {
  readonly key: string;
  readonly type: 'boolean' | 'string';
}

/** What a PG does for one pay method. */
export interface MethodRule {
  readonly zeroAmount: ZeroAmountRule;
  readonly positiveAmount: PositiveAmountRule;
  /** For `test-charge`: the amount in KRW that is charged and cancelled later. */
  readonly testChargeAmount?: number;
  /** The amount in KRW the window shows at amount 0 although nothing is charged. */
  readonly windowAmountAtZero?: number;
  /** Later charges must be the same amount on the same day each month. */
  readonly sameAmountMonthly?: boolean;
  /** `params` fields this method requires (phone payments: `digital`). */
  readonly requiredParams?: readonly ParamRule[];
  /** At amount 0 (key only) this method needs `customer_id`, whatever the PG's `customerId` rule says (KG파이낸셜 card). */
  readonly customerIdRequiredAtZero?: boolean;
  /**
   * A charged first payment may stay pending (approved later, told by webhook): the buyer hears it, and the developer
   * is told to confirm the payment's `status` on the server (Payletter). Data only: the outcome stays the SDK's answer.
   */
  readonly mayStayPending?: boolean;
}

/** One PG's behaviour for billing-key issuance through the v1 payment window. */
export interface PgRule {
  /** `'discontinued'` PGs keep working for old integrations, with a development warning. */
  readonly status: 'live' | 'discontinued';
  /** For a discontinued PG: the day its service ended (`YYYY-MM-DD`); `PG_DOCS` says what happened. */
  readonly endedOn?: string;
  /** The pay methods the PG takes for billing keys, each with its amount rules; the first is the default. */
  readonly methods: { readonly [method: string]: MethodRule };
  /**
   * `'first'`: send the first method unless the request names one. `'omit'`: the buyer chooses inside the PG, so
   * `pay_method` is left out unless the request names one. `'required'`: the request must name one. `'never'`: the PG
   * takes no `pay_method` at all (Payletter): it is never sent and a request naming one is refused; the first method
   * names the amount rules.
   */
  readonly payMethodDefault: 'first' | 'omit' | 'required' | 'never';
  /** How the result arrives on a PC browser and on a mobile browser. */
  readonly delivery: { readonly pc: ResultDelivery; readonly mobile: ResultDelivery };
  /** A `params` value that makes the PG call back instead of redirecting (Naver Pay: `naverPopupMode: true`). */
  readonly callbackWhenParam?: { readonly key: string; readonly value: unknown };
  /** `'required'`: `pg` must be `<code>.<PG MID>` (unless a `channelKey` selects the channel). */
  readonly mid: 'optional' | 'required';
  /**
   * The PG has no public `pg` code (Toss BrandPay, KG파이낸셜's new module): `channelKey` is required, and the rule name
   * given as `pg` only selects these rules and is never sent.
   */
  readonly channelKeyOnly?: boolean;
  /** `customer_id`, the buyer's id at the PG; absent when the PG does not use it. */
  readonly customerId?: IdRule;
  /** `merchant_uid` characters the PG accepts (the generated one follows it); absent: any non-blank text. */
  readonly merchantUidCharset?: 'alphanumeric';
  /** The shortest `merchant_uid` the PG accepts (KG파이낸셜's new module: 4); the longest is PortOne's 40. */
  readonly merchantUidMinLength?: number;
  /** Limits on `name` beyond PortOne's 40 characters. */
  readonly name?: { readonly maxBytes?: number; readonly forbiddenCharacters?: string };
  /** Buyer fields the PG requires. */
  readonly requiredBuyerFields: readonly BuyerField[];
  /** `buyer.name` as "First Last" (Paymentwall). */
  readonly buyerNameFormat?: 'first-last';
  /** `params` fields the PG requires whatever the method. */
  readonly requiredParams?: readonly ParamRule[];
  /** The `params.currency` values the PG takes (left out: KRW, PortOne's default; Payletter's cards: KRW, USD, JPY); absent: any. */
  readonly currencies?: readonly string[];
  /** What the docs recommend; a development warning names what is missing. */
  readonly recommended?: { readonly buyerFields?: readonly BuyerField[]; readonly params?: readonly string[] };
  /** The PG's `error_msg` must reach the buyer unmodified (Naver Pay's review rule). */
  readonly pgMessageVerbatim?: boolean;
  /** Notes the buyer always hears for this PG, whatever the amount. */
  readonly notices?: readonly NoticeKind[];
}
