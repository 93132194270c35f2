import { isCardCode, type CardCode } from './card-codes';
import { invalidParams } from './invalid';
import type { CardDetailEntry, CardInstallments } from './types';
import { CORE_MESSAGES } from '../i18n/core-messages';
import type { CoreMessages } from '../i18n/types';

/** Options for {@link toCardDetail}. */
export interface CardDetailOptions {
  /** Merchant-paid interest-free months per enabled card (`max_month`); send with `useFreeInterestFromMall: true`. */
  installments?: CardInstallments;
  /** Messages for the error, and the field name it reports (defaults: Korean, `cards`). */
  messages?: CoreMessages;
  field?: string;
}

/**
 * The `card.detail` list that offers only `codes` in the window:
 * `[{ card_code: '*', enabled: false }, ...codes.map(c => ({ card_code: c, enabled: true }))]`.
 * @throws {BillingKeyError} `INVALID_PARAMS` for an empty list (it would disable every card), an unknown code,
 *   or installments for a card that is not enabled.
 */
export function toCardDetail(codes: readonly CardCode[], options: CardDetailOptions = {}): CardDetailEntry[] {
  const messages = options.messages ?? CORE_MESSAGES.ko;
  const field = options.field ?? 'cards';
  if (!Array.isArray(codes) || codes.length === 0) throw invalidParams(messages, field, 'cardsEmpty');
  const unknown = codes.find((code) => !isCardCode(code));
  if (unknown !== undefined) throw invalidParams(messages, field, 'cardCode', { value: String(unknown) });

  const installments = options.installments ?? {};
  for (const [code, months] of Object.entries(installments)) {
    const where = `${field === 'cards' ? 'cardInstallments' : `${field}.installments`}.${code}`;
    if (!codes.includes(code as CardCode)) throw invalidParams(messages, where, 'cardCode', { value: code });
    if (typeof months !== 'number' || !Number.isInteger(months) || months < 1) {
      throw invalidParams(messages, where, 'integer', { value: String(months) });
    }
  }

  const enabled = Array.from(new Set<CardCode>(codes)).map((code): CardDetailEntry => {
    const months = installments[code];
    return months === undefined ? { card_code: code, enabled: true } : { card_code: code, enabled: true, max_month: months };
  });
  return [{ card_code: '*', enabled: false }, ...enabled];
}
