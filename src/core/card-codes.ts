/** KFTC standard card company codes in PortOne v1's table (pg-facts.md). */
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

/** Overseas brand codes that some PGs accept (community typings; not in PortOne's v1 table). */
export const OVERSEAS_CARD_CODES = ['VIS', 'MAS', 'DIN', 'AMX', 'JCB', 'UNI'] as const;

/** A card company code for `card.detail`; a typo is a type error. */
export type CardCode = (typeof DOMESTIC_CARD_CODES)[number] | (typeof OVERSEAS_CARD_CODES)[number];

/** True for a code the library knows. */
export function isCardCode(value: unknown): value is CardCode {
  // `includes` compares strictly, so anything that is not one of the strings is false.
  return (
    (DOMESTIC_CARD_CODES as readonly unknown[]).includes(value) || (OVERSEAS_CARD_CODES as readonly unknown[]).includes(value)
  );
}
