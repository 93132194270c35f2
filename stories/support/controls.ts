// Controls that explore the library through the rules tables: a select of the PGs a generation knows (labelled with their
// names), a select of pay methods, the card companies as checkboxes. Adding a PG to a rules table adds it here.
import { CARD_COMPANIES, PG_RULES, type PgCode } from '../../src';
import { PG_LABELS, V2_PG_LABELS } from '../../src/core';
import { PG_RULES as V2_PG_RULES, type PgCode as V2PgCode } from '../../src/v2';

const labelled = <Code extends string>(codes: Code[], label: (code: Code) => string) =>
  Object.fromEntries(codes.map((code) => [code, label(code)]));

const V1_PGS = Object.keys(PG_RULES) as PgCode[];
const V2_PGS = Object.keys(V2_PG_RULES) as V2PgCode[];

/** `pg` of the v1 components: every row of PG_RULES (discontinued ones too: their stories show the warning). */
export const V1_PG_CONTROL = {
  control: { type: 'select', labels: labelled(V1_PGS, (pg) => `${PG_LABELS[pg].en} (${pg})`) },
  options: V1_PGS,
} as const;

/** `pg` of the v2 components: every row of the v2 PG_RULES. */
export const V2_PG_CONTROL = {
  control: { type: 'select', labels: labelled(V2_PGS, (pg) => `${V2_PG_LABELS[pg].en} (${pg})`) },
  options: V2_PGS,
} as const;

/** `payMethod` of the v1 components: the pay methods any PG takes (a PG refuses the ones it does not, with a message). */
export const V1_PAY_METHOD_CONTROL = {
  control: 'select',
  options: [...new Set(V1_PGS.flatMap((pg) => Object.keys(PG_RULES[pg].methods)))],
} as const;

/** A list of card company codes (`cards`, CardFilter's `value` / `defaultValue`), ticked by name. */
export const CARD_CODES_CONTROL = {
  control: {
    type: 'check',
    labels: labelled(
      CARD_COMPANIES.map((c) => c.code),
      (code) => CARD_COMPANIES.find((c) => c.code === code)!.en,
    ),
  },
  options: CARD_COMPANIES.map((company) => company.code),
} as const;
