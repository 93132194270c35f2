import { isCardCode, type CardCode } from './card-codes';
import { DEV } from './dev';
import { checkWith, type Check } from './invalid';
import type { CardDetailEntry, CardInstallments } from './types';
import { CORE_MESSAGES } from '../i18n/core-messages';
import type { CoreMessages } from '../i18n/types';

/** Options for {@link toCardDetail}. */
export interface CardDetailOptions {
  /** Merchant-paid interest-free months per enabled card (`max_month`); send with `useFreeInterestFromMall: true`. */
  installments?: CardInstallments;
  /** Messages for the error (default Korean). */
  messages?: CoreMessages;
  /** The field the error names (default `cards`). */
  field?: string;
}

/**
 * The `card.detail` list that offers only `codes` in the window:
 * `[{ card_code: '*', enabled: false }, ...codes.map(c => ({ card_code: c, enabled: true }))]`.
 * @throws {BillingKeyError} `INVALID_PARAMS` for an empty list (it would disable every card), an unknown code,
 *   or installments for a card that is not enabled or that are not a whole number of months ≥ 1.
 */
export function toCardDetail(codes: readonly CardCode[], options: CardDetailOptions = {}): CardDetailEntry[] {
  const { installments = {}, messages = CORE_MESSAGES.ko, field = 'cards' } = options;
  const check: Check = checkWith(messages);
  check(Array.isArray(codes) && codes.length, field, DEV && 'is empty, which would disable every card');
  for (const code of codes) check(isCardCode(code), field, DEV && `has an unknown card code "${String(code)}"`);
  for (const [code, months] of Object.entries(installments)) {
    const where = `${field === 'cards' ? 'cardInstallments' : field + '.installments'}.${code}`;
    check((codes as readonly string[]).includes(code), where, DEV && 'is for a card that is not enabled');
    check(Number.isInteger(months) && months >= 1, where, DEV && `must be a whole number of months ≥ 1 (got ${String(months)})`);
  }
  return [
    { card_code: '*', enabled: false },
    ...[...new Set<CardCode>(codes)].map((code): CardDetailEntry => {
      const months = installments[code];
      // Every entry of `installments` was checked above: a whole number ≥ 1, so present means truthy.
      return months ? { card_code: code, enabled: true, max_month: months } : { card_code: code, enabled: true };
    }),
  ];
}
