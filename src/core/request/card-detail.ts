import type { CardDetailEntry } from '../vocabulary/v1-wire';
import { KO_TEXTS, type CoreMessages } from '../vocabulary/core-messages';
import { isCardCode, type CardCode } from '../vocabulary/v1-card-codes';
import { createCheck, type Check } from './check';
import { isPlainObject } from './fields';

/** Interest-free months the merchant pays for, per card code (`max_month` in `card.detail`). */
export type CardInstallments = Partial<Record<CardCode, number>>;

/** Options for {@link toCardDetail}. */
export interface CardDetailOptions {
  /** Merchant-paid interest-free months per enabled card (`max_month`); sent with `useFreeInterestFromMall: true`. */
  installments?: CardInstallments;
  /** The texts of the error (default Korean). */
  messages?: CoreMessages;
}

/**
 * The `card.detail` list that offers only `codes` in the window:
 * `[{ card_code: '*', enabled: false }, ...codes.map((code) => ({ card_code: code, enabled: true }))]`, duplicates dropped.
 * Follows PortOne's `card.detail` (docs: sdk/ko/v1-sdk/javascript-sdk/payrq).
 * @throws {BillingKeyError} `INVALID_PARAMS` on `cards` for an empty list (it would disable every card) or an unknown
 *   code, and on `cardInstallments.<code>` for months on a card that is not enabled or that are not a whole number ≥ 1.
 */
export function toCardDetail(codes: readonly CardCode[], options: CardDetailOptions = {}): CardDetailEntry[] {
  // Developer details only in development: `dev && '…'` folds to `false` in production builds, which drop the texts
  // (the first statement, so that the minifier may inline it).
  const dev = process.env.NODE_ENV !== 'production';
  const { installments = {}, messages = KO_TEXTS.core } = options;
  const check: Check = createCheck(messages);
  // Typed, but plain JS callers pass anything: checked as unknown values.
  const list: unknown = codes;
  check(Array.isArray(list), 'cards', dev && 'must be an array of card codes');
  check(list.length > 0, 'cards', dev && 'is empty, which would disable every card', 'cards');
  for (const code of list as unknown[]) check(isCardCode(code), 'cards', dev && `has an unknown card code "${String(code)}"`);
  const months: unknown = installments;
  check(isPlainObject(months), 'cardInstallments', dev && 'must be an object of card code → months');
  for (const [code, months] of Object.entries(installments)) {
    const field = `cardInstallments.${code}`;
    check((codes as readonly string[]).includes(code), field, dev && 'is for a card that is not enabled');
    check(Number.isInteger(months) && months >= 1, field, dev && `must be a whole number of months ≥ 1 (got ${String(months)})`);
  }
  const enabled = [...new Set(codes)].map((code): CardDetailEntry => {
    const months = installments[code];
    return months === undefined ? { card_code: code, enabled: true } : { card_code: code, enabled: true, max_month: months };
  });
  return [{ card_code: '*', enabled: false }, ...enabled];
}
