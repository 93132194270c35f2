import { isCardCode, type CardCode } from './card-codes';
import { DEV } from './dev';
import { invalidParams } from './invalid';
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
  const fail = (where: string, detail: string | false) => invalidParams(messages, where, detail);
  if (!Array.isArray(codes) || codes.length === 0) throw fail(field, DEV && 'is empty, which would disable every card');
  for (const code of codes) if (!isCardCode(code)) throw fail(field, DEV && `has an unknown card code "${String(code)}"`);
  for (const [code, months] of Object.entries(installments)) {
    const where = `${field === 'cards' ? 'cardInstallments' : field + '.installments'}.${code}`;
    if (!(codes as readonly string[]).includes(code)) throw fail(where, DEV && 'is for a card that is not enabled');
    if (!Number.isInteger(months) || months < 1) throw fail(where, DEV && `must be a whole number of months ≥ 1 (got ${String(months)})`);
  }
  return [
    { card_code: '*', enabled: false },
    ...[...new Set<CardCode>(codes)].map((code): CardDetailEntry => {
      const months = installments[code];
      return months === undefined ? { card_code: code, enabled: true } : { card_code: code, enabled: true, max_month: months };
    }),
  ];
}
