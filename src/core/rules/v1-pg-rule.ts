/**
 * The shape of one PG's rules for billing-key issuance through the payment window (PortOne v1).
 * Every difference between PGs is a field here; the table itself is `PG_RULES` (v1-pg-rules.ts).
 */
import type { PayMethod } from '../vocabulary/v1-wire';
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
  | 'display-only';

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
}

/** One PG's behaviour for billing-key issuance through the v1 payment window. */
export interface PgRule {
  /** `'discontinued'` PGs keep working for old integrations, with a development warning. */
  readonly status: 'live' | 'discontinued';
  /** For a discontinued PG: the day its service ended (`YYYY-MM-DD`); `PG_DOCS` says what happened. */
  readonly endedOn?: string;
  /** The pay methods the PG takes for billing keys, each with its amount rules; the first is the default. */
  readonly methods: { readonly [M in PayMethod]?: MethodRule };
  /**
   * `'first'`: send the first method unless the request names one. `'omit'`: the buyer chooses inside the PG, so
   * `pay_method` is left out unless the request names one. `'required'`: the request must name one.
   */
  readonly payMethodDefault: 'first' | 'omit' | 'required';
  /** How the result arrives on a PC browser and on a mobile browser. */
  readonly delivery: { readonly pc: ResultDelivery; readonly mobile: ResultDelivery };
  /** A `params` value that makes the PG call back instead of redirecting (Naver Pay: `naverPopupMode: true`). */
  readonly callbackWhenParam?: { readonly key: string; readonly value: unknown };
  /** `'required'`: `pg` must be `<code>.<PG MID>` (unless a `channelKey` selects the channel). */
  readonly mid: 'optional' | 'required';
  /** `customer_id`, the buyer's id at the PG; absent when the PG does not use it. */
  readonly customerId?: IdRule;
  /** `merchant_uid` characters the PG accepts (the generated one follows it); absent: any non-blank text. */
  readonly merchantUidCharset?: 'alphanumeric';
  /** Limits on `name` beyond PortOne's 40 characters. */
  readonly name?: { readonly maxBytes?: number; readonly forbiddenCharacters?: string };
  /** Buyer fields the PG requires. */
  readonly requiredBuyerFields: readonly BuyerField[];
  /** `buyer.name` as "First Last" (Paymentwall). */
  readonly buyerNameFormat?: 'first-last';
  /** `params` fields the PG requires whatever the method. */
  readonly requiredParams?: readonly ParamRule[];
  /** What the docs recommend; a development warning names what is missing. */
  readonly recommended?: { readonly buyerFields?: readonly BuyerField[]; readonly params?: readonly string[] };
  /** The PG's `error_msg` must reach the buyer unmodified (Naver Pay's review rule). */
  readonly pgMessageVerbatim?: boolean;
  /** Notes the buyer always hears for this PG, whatever the amount. */
  readonly notices?: readonly NoticeKind[];
}
