import type { PgNoticeItem } from './shared-rule-types';
import { ownView } from './own';
import type { V2PgRule } from './v2-pg-rule';
import { getV2PgRule, type V2PgRules } from './v2-pg-rules';

/**
 * What a buyer must be told before a v2 window opens, from the v2 rules: an amount the window shows but does not charge
 * (`requestIssueBillingKey` charges nothing) — only where the rule says the window shows `displayAmount` (KG Inicis,
 * Welcome, Naver Pay, Galaxia) — Galaxia's 1,000 KRW window at amount 0, the PG's own notes (Smartro's identity
 * verification, the easy pays' method choice). With a first `payment` (issue-and-pay,
 * `requestIssueBillingKeyAndPay`) the buyer is told that its `totalAmount` (the currency's smallest unit) is charged
 * now, instead of anything about `displayAmount` — only where the PG issues `billingKeyMethod` (default: its first) with a
 * first payment, as a request would. Empty when there is nothing to say, and for anything it cannot read
 * (an unknown PG, an amount that is not a whole number ≥ 0): it runs during render, so it never throws.
 */
export function getV2PgNotices(
  pg: unknown,
  displayAmount: unknown = 0,
  extraRules?: V2PgRules,
  payment?: unknown,
  billingKeyMethod?: unknown,
): PgNoticeItem[] {
  const rule = getV2PgRule(pg, extraRules);
  return v2NoticesOf(rule, displayAmount, paymentMade(rule, payment, billingKeyMethod));
}

/** {@link getV2PgNotices} for a rule already looked up (`undefined`: nothing to say) and the payment it makes. */
export function v2NoticesOf(given: V2PgRule | undefined, displayAmount: unknown = 0, payment?: unknown): PgNoticeItem[] {
  const rule = ownView(given);
  const amount = displayAmount ?? 0;
  if (!rule || typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) return [];
  const notices: PgNoticeItem[] = [];
  const charged = chargedAmount(payment);
  if (charged !== undefined) notices.push({ kind: 'chargedNow', amount: charged });
  else if (amount > 0) {
    if (rule.showsDisplayAmount === true) notices.push({ kind: 'displayOnly', amount });
  } else if (rule.windowAmountAtZero !== undefined) notices.push({ kind: 'windowShowsAmount', amount: rule.windowAmountAtZero });
  for (const kind of rule.notices ?? []) notices.push({ kind });
  return notices;
}

/**
 * The request's `payment` where it would be made: the PG issues `billingKeyMethod` (default: the rule's first, as a
 * request's) only together with a first payment. Elsewhere a click refuses it, so no notice may speak of it.
 */
export function paymentMade(given: V2PgRule | undefined, payment: unknown, billingKeyMethod: unknown): unknown {
  // A rule found by the lookups has the shape these reads rely on (lists of methods).
  const rule = ownView(given);
  const paid: readonly unknown[] = rule?.firstPayment?.methods ?? [];
  return rule && paid.includes(billingKeyMethod ?? [...rule.methods, ...paid][0]) ? payment : undefined;
}

/** The currency a v2 notice speaks in: a first payment's (default KRW) when it has an amount, else `currency`. */
export function v2NoticeCurrency(currency: unknown, payment: unknown): unknown {
  const charge = ownView(payment) as { totalAmount?: unknown; currency?: unknown } | null | undefined;
  return charge?.totalAmount === undefined ? currency : (charge.currency ?? 'KRW');
}

/** A first payment's `totalAmount`, when it is one a notice can speak of (a whole number > 0). */
function chargedAmount(payment: unknown): number | undefined {
  const total = (ownView(payment) as { totalAmount?: unknown } | null | undefined)?.totalAmount;
  return Number.isSafeInteger(total) && (total as number) > 0 ? (total as number) : undefined;
}
