import { ownFields } from '../../core/rules/own';
import { V2_PG_RULES, type V2PgCode } from '../../core/rules/v2-pg-rules';
import type { BillingKeyMethod, FirstPayment } from '../../core/vocabulary/v2-wire';
import { NoticeView, type PgNoticeBaseProps } from '../notice-view';
import { useV2Notice } from '../v2-request';

/** Props of the v2 {@link PgNotice}: `pg`, `displayAmount`, `currency`, `payment`, `billingKeyMethod`. Any other `<span>` attribute passes through. */
export interface PgNoticeProps extends PgNoticeBaseProps<V2PgCode> {
  /** The request's `displayAmount`, in the currency's smallest unit (USD: cents). Default 0. */
  displayAmount?: number;
  /**
   * The request's first `payment` (issue-and-pay): the buyer is told its `totalAmount` is charged now (its `currency`),
   * where the PG issues `billingKeyMethod` with a first payment (as a request would make it).
   */
  payment?: FirstPayment;
  /** The request's `billingKeyMethod`, where the PG issues some methods with a first payment (KG Inicis, Welcome, Galaxia `MOBILE`). Default: the PG's first. */
  billingKeyMethod?: BillingKeyMethod;
}

/**
 * What the buyer must know about this v2 PG before the window opens, in the same words as v1's notices: an amount the
 * window shows but does not charge (only where the window shows `displayAmount`), Galaxia's 1,000 KRW window at amount
 * 0, Smartro's identity verification, the easy pays' own method choice, and with `payment` (issue-and-pay) the amount
 * charged now (as `getV2PgNotices` reads the rules; inside a provider, from the PGs it knows). `role="note"`; renders
 * nothing when there is nothing to say, and never throws, whatever the props.
 */
export function PgNotice(props: PgNoticeProps) {
  // Own fields only: a polluted Object.prototype.payment must not tell the buyer of a charge.
  const { pg, displayAmount = 0, currency, payment, billingKeyMethod, ...rest } = ownFields(props);
  return <NoticeView {...useV2Notice(pg, displayAmount, currency, payment, billingKeyMethod, V2_PG_RULES)} {...rest} />;
}
