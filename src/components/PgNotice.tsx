import type { HTMLAttributes } from 'react';
import { noticesOf } from '../core/rules/v1-notices';
import { findPgRule } from '../core/rules/v1-pg-lookup';
import { PG_RULES } from '../core/rules/v1-pg-rules';
import type { PayMethod } from '../core/vocabulary/v1-wire';
import type { PgId } from '../core/rules/v1-pg-lookup';
import { useBillingKeyUi } from '../react/ui-context';
import { NoticeView } from './notice-view';

/** Props of {@link PgNotice}. Any other `<span>` attribute passes through. */
export interface PgNoticeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'role'> {
  /** The `pg` of the request (`'danal_tpay'`, `'html5_inicis.INIBillTst'`…). */
  pg: PgId;
  /** The request's amount in KRW. Default 0. */
  amount?: number;
  /** The request's pay method, where the PG's rules differ by method (Welcome, Galaxia). */
  payMethod?: PayMethod;
  /** The currency of `amount` (the request's `params.currency`, e.g. Paymentwall's `'USD'`). Default `'KRW'`. */
  currency?: string;
}

/**
 * What the buyer must know about this PG, pay method and amount before the window opens: Danal's 10 KRW test charge,
 * "the amount shown is not charged now", "charged now", Galaxia's 1,000 KRW window, phone billing's monthly rule…
 * (from the rules, as `getPgNotices` reads them; inside a provider, from the PGs it knows). `role="note"`; renders nothing when there is nothing to say, and never throws, whatever the props.
 */
export function PgNotice({ pg, amount = 0, payMethod, currency, ...rest }: PgNoticeProps) {
  // Inside a provider its rules (a lean provider's PGs only, as its button and requests use); without one, every PG's.
  const { extraRules, rules } = useBillingKeyUi();
  const notices = noticesOf(findPgRule(pg, extraRules, rules ?? PG_RULES), amount, payMethod);
  return <NoticeView pg={pg} notices={notices} amount={amount} currency={currency} {...rest} />;
}
