import { ownView } from './own';
import { isNoticeList } from './shared-rule-types';
import type { V2PgRule } from './v2-pg-rule';
import { PG_RULES as V2_PG_RULES } from './v2-pg-table';

// The table itself is v2-pg-table.ts; here: how a `pg` value finds its rules, and the PGs v2 refuses.

/** Every PG the library issues v2 billing keys through, keyed by the name the `pg` prop takes (v2-pg-table.ts). */
export { V2_PG_RULES };

/** A PG name the library knows for v2 billing-key windows. */
export type KnownV2PgCode = keyof typeof V2_PG_RULES;

/**
 * PG names a merchant adds through `PortOneProvider`'s `pgRules`, declared by module augmentation so that `pg="my_pg"`
 * type-checks:
 * ```ts
 * declare module 'react-billing-key/v2' { interface CustomV2PgCodes { my_pg: true } }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the merchant's augmentation
export interface CustomV2PgCodes {}

/** The `pg` prop of `react-billing-key/v2`: a PG name the library knows, or one added through `pgRules`. */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- empty until a merchant augments CustomV2PgCodes
export type V2PgCode = KnownV2PgCode | Extract<keyof CustomV2PgCodes, string>;

/** Rules a merchant adds or overrides, keyed by v2 PG name (`PortOneProvider`'s `pgRules`). */
export type V2PgRules = Readonly<Record<string, V2PgRule>>;

const onlyV1 = (name: string) =>
  `${name} has no billing-key window in PortOne v2; its window billing is v1 only (react-billing-key's IamportProvider).`;

/**
 * PG names that do not issue billing keys through a v2 `requestIssueBillingKey` window, with the reason and what to
 * use instead (English, for the developer). A request for one of them is `INVALID_PARAMS` on `pg`. Only development
 * builds read it (production bundles drop it: its calls are marked pure).
 */
export const V2_REFUSED_PGS: Readonly<Record<string, string>> = {
  ksnet:
    "KSNET's v2 pages disagree (its PG page names a CARD billing window but shows none; PortOne's v2 PG overview lists " +
    'KSNET billing as REST API only): issue KSNET keys through the REST API until PortOne settles it.',
  paypal_v2:
    "PayPal RT issues keys through PortOne.loadIssueBillingKeyUI (uiType 'PAYPAL_RT') into a .portone-ui-container " +
    'element, not a requestIssueBillingKey window: use PayPalBillingButton.',
  danal: /* @__PURE__ */ onlyV1('Danal (phone)'),
  danal_tpay: /* @__PURE__ */ onlyV1('Danal (card)'),
  kicc: /* @__PURE__ */ onlyV1('KICC'),
  payco: /* @__PURE__ */ onlyV1('PAYCO'),
  paymentwall: /* @__PURE__ */ onlyV1('Paymentwall'),
  settle_acc: /* @__PURE__ */ onlyV1('Hecto Financial (bank account)'),
  hecto: 'Hecto Financial has no billing-key window in PortOne v2.',
  html5_inicis: "html5_inicis is KG Inicis's v1 code; in v2 use pg 'inicis_v2' with a KG Inicis v2 channel key.",
  kcp_billing: "kcp_billing is NHN KCP's v1 code; in v2 use pg 'kcp_v2' with an NHN KCP v2 channel key.",
  nice: "nice is NICE's old v1 module; in v2 use pg 'nice_v2' (easy pay only).",
  tosspay: "tosspay is the old Toss Pay module; use pg 'tosspay_v2'.",
};

/**
 * The v2 rules for `pg`, or `undefined` for a name the library does not know. `extraRules` (a provider's `pgRules`) come
 * first; one whose shape is broken counts as unknown (development builds name every problem when the provider mounts,
 * see `v2PgRuleProblems`). Total: never throws, whatever `pg` is.
 */
export function getV2PgRule(pg: unknown, extraRules?: V2PgRules): V2PgRule | undefined {
  return findV2PgRule(pg, extraRules, V2_PG_RULES);
}

/**
 * {@link getV2PgRule} in `rules` instead of `V2_PG_RULES`: a lean provider's PGs (`rules={{ tosspayments }}`), so its
 * page carries no other PG's rules. A rule of either whose shape is broken counts as unknown (a JS caller may pass
 * anything as a lean provider's row).
 */
export function findV2PgRule(pg: unknown, extraRules: V2PgRules | undefined, rules: V2PgRules): V2PgRule | undefined {
  if (typeof pg !== 'string') return undefined;
  // Own keys only: `toString`, `__proto__` and friends are not PGs.
  const from = [extraRules, rules].find((table) => isTable(table) && Object.prototype.hasOwnProperty.call(table, pg));
  const rule: unknown = from?.[pg];
  return hasV2RuleShape(rule) ? rule : undefined;
}

const isTable = (value: unknown): value is V2PgRules => typeof value === 'object' && value !== null;

const isList = (value: unknown) => Array.isArray(value);
const isMethods = (value: unknown): value is string[] =>
  isList(value) && (value as unknown[]).every((method) => typeof method === 'string');

// The structure every reader of a rule relies on, so a broken rule (a merchant's, or a lean provider's row from a JS
// caller) can never make them throw. Some method is issued: by the window, or with a first payment (Eximbay).
function hasV2RuleShape(rule: unknown): rule is V2PgRule {
  if (typeof rule !== 'object' || rule === null) return false;
  // Own fields only: a polluted Object.prototype neither breaks a rule nor mends one.
  const { methods, required, delivery, notices, firstPayment } = ownView(rule) as Record<string, unknown>;
  const paid: unknown = firstPayment === undefined ? [] : isTable(firstPayment) && firstPayment.methods;
  return (
    isMethods(methods) &&
    isMethods(paid) &&
    methods.length + paid.length > 0 &&
    isList(required) &&
    (delivery === undefined || (typeof delivery === 'object' && delivery !== null)) &&
    (notices === undefined || isNoticeList(notices))
  );
}
