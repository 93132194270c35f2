import type { Locale } from '../vocabulary/core-messages';
import { EASY_PAY_BRANDS } from './pg-labels';

/**
 * v1 pay methods that are themselves a brand's window (NICE v2's `kakaopay`, `naverpay_card`; Toss Pay's `tosspay`),
 * mapped to the brand's row in {@link EASY_PAY_BRANDS}.
 */
export const PAY_METHOD_BRANDS: { readonly [payMethod: string]: string } = {
  kakaopay: 'kakaopay',
  naverpay_card: 'naverpay',
  naverpay_point: 'naverpay',
  tosspay: 'tosspay_v2',
  paypal: 'paypal_v2',
};

/** What a method pays with, for its generic name (`카드`, `휴대폰`…): v1 pay methods and v2 `billingKeyMethod`s alike. */
export type MethodKind = 'card' | 'phone' | 'transfer' | 'easyPay';

const METHOD_KINDS: { readonly [method: string]: MethodKind } = {
  card: 'card',
  CARD: 'card',
  phone: 'phone',
  MOBILE: 'phone',
  trans: 'transfer',
  TRANSFER: 'transfer',
  EASY_PAY: 'easyPay',
};

const own = <T>(table: { readonly [key: string]: T }, key: unknown): T | undefined =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** What a method is, as the picker names it: its PG code (without MID) and its pay method (explicit or the rule's default). */
export interface MethodFacts {
  readonly pgCode: string;
  /** The pay method (v1) or `billingKeyMethod` (v2) the request sends, when known. */
  readonly method?: string | undefined;
}

/**
 * The default name of a payment method in `locale`: an easy-pay PG's brand (also when its pay method is card: the buyer
 * sees the brand's window), else the kind of method (`kinds` are the locale's words: `카드` / `Card`…), else `undefined`
 * (the caller falls back to the method's id). Total: never throws.
 */
export function defaultMethodLabel(
  facts: MethodFacts,
  locale: Locale,
  kinds: Readonly<Record<MethodKind, string>>,
): string | undefined {
  const brand = own(EASY_PAY_BRANDS, facts.pgCode) ?? own(EASY_PAY_BRANDS, own(PAY_METHOD_BRANDS, facts.method));
  if (brand) return brand[locale === 'en' ? 'en' : 'ko'];
  const kind = own(METHOD_KINDS, facts.method);
  return kind ? kinds[kind] : undefined;
}
