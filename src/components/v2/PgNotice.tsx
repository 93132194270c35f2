import type { HTMLAttributes } from 'react';
import type { V2PgCode } from '../../core/rules/v2-pg-rules';
import { getV2PgNotices } from '../../core/rules/v2-notices';
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
}

/**
 * What the buyer must know about this v2 PG before the window opens, in the same words as v1's notices: an amount the
 * window shows but does not charge (only where the window shows `displayAmount`), Galaxia's 1,000 KRW window at amount 0, Smartro's
 * identity verification, the easy pays' own method choice (from `getV2PgNotices`). `role="note"`; renders nothing when
 * there is nothing to say, and never throws, whatever the props.
 */
export function PgNotice({ pg, displayAmount = 0, currency, ...rest }: PgNoticeProps) {
  const { extraV2Rules } = useBillingKeyUi();
  return (
    <NoticeView
      pg={pg}
      notices={getV2PgNotices(pg, displayAmount, extraV2Rules)}
      amount={displayAmount}
      currency={currency}
      unit="minor"
      {...rest}
    />
  );
}
