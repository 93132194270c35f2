// The parts of a PG rule both generations share: how a result arrives, what a buyer is told, an id's limits.

/** How a result comes back: the `request_pay` callback, or a navigation to `m_redirect_url`. */
export type ResultDelivery = 'callback' | 'redirect';

/** What a buyer is told before the window opens; `PgNotice` words each kind in the locale. */
export type NoticeKind =
  /** Amount 0 with a test charge that is cancelled later (Danal card). */
  | 'testCharge'
  /** Amount > 0 that the window only shows. */
  | 'displayOnly'
  /** Amount 0, but the window shows an amount anyway (Galaxia card: 1,000 KRW). */
  | 'windowShowsAmount'
  /** Amount > 0 that the window charges now, together with the key. */
  | 'chargedNow'
  /** Later charges: the same amount on the same day each month (phone billing). */
  | 'sameAmountMonthly'
  /** The PG caps how often one key can be charged per month. */
  | 'monthlyChargeCap'
  /** The buyer picks the payment method inside the PG, and it is kept for later charges. */
  | 'payMethodChosenByBuyer'
  /** The first registration includes identity verification (본인인증). */
  | 'identityVerification'
  /** Registering charges nothing now, whatever the amount (Toss BrandPay). */
  | 'nothingChargedNow'
  /** The first payment may stay pending: the PG approves it later (Payletter). */
  | 'mayStayPending';

/** Every notice kind a rule may list (`PgNotice` words each). */
export const NOTICE_KINDS: readonly NoticeKind[] = [
  'testCharge',
  'displayOnly',
  'windowShowsAmount',
  'chargedNow',
  'sameAmountMonthly',
  'monthlyChargeCap',
  'payMethodChosenByBuyer',
  'identityVerification',
  'nothingChargedNow',
  'mayStayPending',
];

/** True for a list of known notice kinds: an unknown kind has no words, so a rule naming one is malformed. */
export const isNoticeList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((kind) => NOTICE_KINDS.includes(kind as NoticeKind));

/** Length and characters of an id the PG checks (`customer_id`). */
export interface IdRule {
  readonly required: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The characters allowed, as a regular expression over the whole value. */
  readonly pattern?: RegExp;
  /** The same characters in words, for the developer's error detail. */
  readonly patternText?: string;
}

/** Per device: what applies on a PC browser and on a mobile browser (told apart by the user agent). */
export interface PerDevice<T> {
  readonly pc: T;
  readonly mobile: T;
}

/** One thing a buyer must hear before the window opens; `PgNotice` words it in the locale. */
export interface PgNoticeItem {
  readonly kind: NoticeKind;
  /** The amount the note speaks of, in KRW, when it speaks of one. */
  readonly amount?: number;
}
