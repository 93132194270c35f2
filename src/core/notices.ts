import { getPgRule, type PayMethod } from './pg-rules';

/** A buyer-facing note, by kind; the component words it in the locale. */
export interface PgNoticeItem {
  kind: 'testCharge' | 'displayOnly' | 'sameAmountMonthly' | 'monthlyChargeCap' | 'payMethodChosenByBuyer';
  /** The amount the note speaks of, in KRW. */
  amount?: number;
}

/**
 * What a buyer must be told before the window opens for this PG and amount, from the rules table.
 * Empty when there is nothing to say (also for an unknown PG or a pay method the PG does not take).
 */
export function getPgNotices(pg: string, amount = 0, payMethod?: PayMethod): PgNoticeItem[] {
  const rule = getPgRule(pg);
  if (!rule || (payMethod !== undefined && !(rule.payMethods as readonly string[]).includes(payMethod))) return [];
  const notices: PgNoticeItem[] = [];
  if (amount === 0 && rule.zeroAmount === 'test-charge') notices.push({ kind: 'testCharge', amount: rule.testChargeAmount });
  if (amount > 0 && rule.positiveAmount === 'display-only') notices.push({ kind: 'displayOnly', amount });
  // The other notes are named after the rule flag that calls for them.
  for (const kind of ['sameAmountMonthly', 'payMethodChosenByBuyer', 'monthlyChargeCap'] as const)
    if (rule[kind]) notices.push({ kind });
  return notices;
}
