import type { HTMLAttributes } from 'react';
import type { FirstPayment } from '../../core/vocabulary/v2-wire';
import { v2NoticeCurrency, v2NoticesOf } from '../../core/rules/v2-notices';
import { findV2PgRule, V2_PG_RULES, type V2PgCode } from '../../core/rules/v2-pg-rules';
import { useBillingKeyUi } from '../../react/ui-context';
import { NoticeView } from '../notice-view';

/** Props of the v2 {@link PgNotice}. Any other `<span>` attribute passes through. */
export interface PgNoticeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'role'> {
  /** The `pg` of the request (`'galaxia'`, `'smartro_v2'`…). */
  pg: V2PgCode;
  /** The request's `displayAmount`, in the currency's smallest unit (USD: cents). Default 0. */
  displayAmount?: number;
  /** The request's `currency` (default `'KRW'`). */
  currency?: string;
  /** The request's first `payment` (issue-and-pay): the buyer is told its `totalAmount` is charged now (its `currency`). */
  payment?: FirstPayment;
}

/**
 * What the buyer must know about this v2 PG before the window opens, in the same words as v1's notices: an amount the
 * window shows but does not charge (only where the window shows `displayAmount`), Galaxia's 1,000 KRW window at amount
 * 0, Smartro's identity verification, the easy pays' own method choice, and with `payment` (issue-and-pay) the amount
 * charged now (as `getV2PgNotices` reads the rules; inside a provider, from the PGs it knows). `role="note"`; renders nothing when there is nothing to say, and never throws,
 * whatever the props.
 */
export function PgNotice({ pg, displayAmount = 0, currency, payment, ...rest }: PgNoticeProps) {
  // Inside a provider its rules (a lean provider's PGs only, as its button and requests use); without one, every PG's.
  const { extraV2Rules, v2Rules } = useBillingKeyUi();
  return (
    <NoticeView
      pg={pg}
      notices={v2NoticesOf(findV2PgRule(pg, extraV2Rules, v2Rules ?? V2_PG_RULES), displayAmount, payment)}
      amount={displayAmount}
      currency={v2NoticeCurrency(currency, payment)}
      unit="minor"
      {...rest}
    />
  );
}
