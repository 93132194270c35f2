/**
 * Card company codes for `card.detail` (pg-facts.md): PortOne v1's 20 domestic KFTC codes (Woori is `041`), and the
 * overseas brand codes some PGs accept. The names are in `CARD_COMPANIES` (cards.ts), which only the filter needs.
 */
export const DOMESTIC_CARD_CODES = [
  '361',
  '364',
  '365',
  '366',
  '367',
  '368',
  '369',
  '370',
  '371',
  '372',
  '373',
  '374',
  '381',
  '041',
  '002',
  '045',
  '048',
  '071',
  '089',
  '090',
] as const;

/** Overseas brand codes (community typings; not in PortOne's v1 table): offered only when a merchant lists them. */
export const OVERSEAS_CARD_CODES = ['VIS', 'MAS', 'DIN', 'AMX', 'JCB', 'UNI'] as const;

/** A card company code for `card.detail`; a typo is a type error. */
export type CardCode = (typeof DOMESTIC_CARD_CODES)[number] | (typeof OVERSEAS_CARD_CODES)[number];

/** True for a code the library knows; false for anything else, without throwing. */
export function isCardCode(value: unknown): value is CardCode {
  return (
    (DOMESTIC_CARD_CODES as readonly unknown[]).includes(value) || (OVERSEAS_CARD_CODES as readonly unknown[]).includes(value)
  );
}
