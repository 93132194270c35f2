import type { PgNoticeItem } from './shared-rule-types';
import type { PgRule } from './v1-pg-rule';
import { ownView } from './own';
import { getPgRule, methodRuleOf, type PgRules } from './v1-pg-lookup';

/**
 * What a buyer must be told before the window opens for this PG, pay method and amount (KRW), from the rules: Danal's
 * test charge, "the amount shown is not charged now", "charged now", Galaxia's 1,000 KRW window, phone billing's
 * monthly rule, the PG's own notes. Empty when there is nothing to say, and for anything it cannot read (an unknown PG,
 * a pay method the PG does not take, an amount that is not a whole number ≥ 0): it runs during render, so it never throws.
 */
export function getPgNotices(pg: unknown, amount: unknown = 0, payMethod?: unknown, extraRules?: PgRules): PgNoticeItem[] {
  return noticesOf(getPgRule(pg, extraRules), amount, payMethod);
}

/** {@link getPgNotices} for a rule already looked up (`undefined`: nothing to say). */
export function noticesOf(given: PgRule | undefined, amount: unknown = 0, payMethod?: unknown): PgNoticeItem[] {
  const rule = ownView(given);
  if (!rule || !isWholeAmount(amount) || !takesMethod(rule, payMethod)) return [];
  const method = methodRuleOf(rule, payMethod);
  if (!method) return [];

  const notices: PgNoticeItem[] = [];
  if (amount === 0) {
    if (method.zeroAmount === 'test-charge' && method.testChargeAmount !== undefined) {
      notices.push({ kind: 'testCharge', amount: method.testChargeAmount });
    }
    if (method.windowAmountAtZero !== undefined) notices.push({ kind: 'windowShowsAmount', amount: method.windowAmountAtZero });
  } else if (method.positiveAmount === 'display-only') {
    notices.push({ kind: 'displayOnly', amount });
  } else if (method.positiveAmount === 'charged') {
    notices.push({ kind: 'chargedNow', amount });
    if (method.mayStayPending) notices.push({ kind: 'mayStayPending' });
  }
  // 'not-used': the window neither shows nor charges the amount, so the buyer hears nothing about it.
  if (method.sameAmountMonthly) notices.push({ kind: 'sameAmountMonthly' });
  for (const kind of rule.notices ?? []) notices.push({ kind });
  return notices;
}

function isWholeAmount(amount: unknown): amount is number {
  return Number.isSafeInteger(amount) && (amount as number) >= 0;
}

function takesMethod(rule: PgRule, payMethod: unknown): boolean {
  return (
    payMethod === undefined || (typeof payMethod === 'string' && Object.prototype.hasOwnProperty.call(rule.methods, payMethod))
  );
}
