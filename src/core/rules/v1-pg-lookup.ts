import type { MethodRule, PgRule } from './v1-pg-rule';
import type { PayMethod } from '../vocabulary/v1-wire';
import { pgCodeOf } from '../vocabulary/pg-code';
import { ownView } from './own';
import { PG_RULES } from './v1-pg-rules';
import { isNoticeList } from './shared-rule-types';

/** A PG code the library knows for v1 window billing. */
export type KnownPgCode = keyof typeof PG_RULES;

/**
 * PG codes a merchant adds through `IamportProvider`'s `pgRules`, declared by module augmentation so that
 * `pg="my_pg"` type-checks:
 * ```ts
 * declare module 'react-billing-key' { interface CustomPgCodes { my_pg: true } }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the merchant's augmentation
export interface CustomPgCodes {}

/** A PG code: one the library knows, or one added through `pgRules` and {@link CustomPgCodes}. */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- empty until a merchant augments CustomPgCodes
export type PgCode = KnownPgCode | Extract<keyof CustomPgCodes, string>;

/**
 * A `pg` value: a PG code, or a code plus `.` and the PG's merchant id (`'html5_inicis.INIBillTst'`, `'settle_acc.M123'`).
 * The part before the dot selects the rules.
 */
export type PgId = PgCode | `${PgCode}.${string}`;

/** Rules a merchant adds or overrides, keyed by PG code (`IamportProvider`'s `pgRules`). */
export type PgRules = Readonly<Record<string, PgRule>>;

// One definition for both generations (vocabulary/pg-code.ts); v1 callers and /core keep importing it from here.
export { pgCodeOf };

/** The merchant id part of a `pg` value (`'settle_acc.M123'` → `'M123'`), or `''`. */
export function pgMidOf(pg: unknown): string {
  return typeof pg === 'string' && pg.includes('.') ? pg.slice(pg.indexOf('.') + 1) : '';
}

function ownRule(table: Readonly<Record<string, PgRule>>, code: string): PgRule | undefined {
  // Own keys only: `toString`, `__proto__` and friends are not PGs.
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}

/**
 * The rules for a `pg` value, or `undefined` for a PG the library does not know. `extraRules` (a provider's
 * `pgRules`) come first; one whose shape is broken counts as unknown (development builds report every problem when
 * the provider mounts, see `pgRuleProblems`). Total: any input, also `undefined` or a number, gives `undefined` rather
 * than throwing, so render-time code can rely on it.
 */
export function getPgRule(pg: unknown, extraRules?: PgRules): PgRule | undefined {
  return findPgRule(pg, extraRules, PG_RULES);
}

/**
 * {@link getPgRule} in `rules` instead of `PG_RULES`: a lean provider's PGs (`rules={{ kcp_billing }}`), so its page
 * carries no other PG's rules. A rule of either whose shape is broken counts as unknown (a JS caller may pass anything
 * as a lean provider's row).
 */
export function findPgRule(pg: unknown, extraRules: PgRules | undefined, rules: PgRules): PgRule | undefined {
  const code = pgCodeOf(pg);
  if (!code) return undefined;
  const extra = extraRules && typeof extraRules === 'object' ? ownRule(extraRules, code) : undefined;
  const rule = extra !== undefined ? extra : rules && typeof rules === 'object' ? ownRule(rules, code) : undefined;
  return hasRuleShape(rule) ? rule : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// The structure every reader of a rule relies on, so a merchant's broken rule can never make them throw (a notice
// kind PgNotice cannot word included), read by own fields.
function hasRuleShape(given: unknown): given is PgRule {
  const rule = ownView(given);
  if (!isObject(rule) || !isObject(rule.methods) || !isObject(rule.delivery)) return false;
  const methods = Object.values(rule.methods);
  return (
    methods.length > 0 &&
    methods.every(isObject) &&
    Array.isArray(rule.requiredBuyerFields) &&
    (rule.notices === undefined || isNoticeList(rule.notices)) &&
    (rule.requiredParams === undefined || Array.isArray(rule.requiredParams))
  );
}

/** The pay method a request uses: the one it names, else the rule's default (`undefined` when it is left out). */
export function payMethodOf(rule: PgRule, payMethod: unknown): PayMethod | undefined {
  if (typeof payMethod === 'string') return payMethod;
  return rule.payMethodDefault === 'first' ? firstMethod(rule) : undefined;
}

/** The rule's first pay method (its default). */
export function firstMethod(rule: PgRule): PayMethod | undefined {
  return Object.keys(rule.methods)[0];
}

/** The amount rules for a pay method; for a method left out (the buyer chooses), the PG's first method's. */
export function methodRuleOf(given: PgRule, payMethod: unknown): MethodRule | undefined {
  const rule = ownView(given);
  const method = payMethodOf(rule, payMethod) ?? firstMethod(rule);
  return method && Object.prototype.hasOwnProperty.call(rule.methods, method) ? rule.methods[method] : undefined;
}

/** True when the window itself approves `amount` (KRW) together with the key, for this pay method. */
export function isCharged(rule: PgRule, amount: number, payMethod?: unknown): boolean {
  return amount > 0 && methodRuleOf(rule, payMethod)?.positiveAmount === 'charged';
}

/**
 * True when the PG answers by redirect on some kind of device, whatever `params` say: the request then always carries a
 * return address (`m_redirect_url`), since a phone or an in-app browser may redirect even where `params` promise a
 * callback, and a PG that calls back ignores it (PortOne's Naver Pay example sends both).
 */
export function mayEverRedirect(given: PgRule): boolean {
  const rule = ownView(given);
  return rule.delivery.pc === 'redirect' || rule.delivery.mobile === 'redirect';
}

/**
 * True when the result may come back by redirect (on PC or on mobile) with these `params`. `params` can
 * switch a PG to callbacks (Naver Pay's `naverPopupMode: true`).
 */
export function mayRedirect(given: PgRule, params: Readonly<Record<string, unknown>> = {}): boolean {
  const rule = ownView(given);
  const when = rule.callbackWhenParam;
  if (when && params[when.key] === when.value) return false;
  return rule.delivery.pc === 'redirect' || rule.delivery.mobile === 'redirect';
}
