import { ownFields } from '../core/rules/own';
import type { PgId } from '../core/rules/v1-pg-lookup';
import { PG_RULES } from '../core/rules/v1-pg-rules';
import type { PayMethod } from '../core/vocabulary/v1-wire';
import { NoticeView, type PgNoticeBaseProps } from './notice-view';
import { useV1Notice } from './v1-request';

/** Props of {@link PgNotice}: `pg`, `amount`, `payMethod`, `currency`. Any other `<span>` attribute passes through. */
export interface PgNoticeProps extends PgNoticeBaseProps<PgId> {
  /** The request's amount in KRW (or in `currency`). Default 0. */
  amount?: number;
  /** The request's pay method, where the PG's rules differ by method (Welcome, Galaxia). */
  payMethod?: PayMethod;
}

/**
 * What the buyer must know about this PG, pay method and amount before the window opens: Danal's 10 KRW test charge,
 * "the amount shown is not charged now", "charged now", Galaxia's 1,000 KRW window, phone billing's monthly rule…
 * (from the rules, as `getPgNotices` reads them; inside a provider, from the PGs it knows). `role="note"`; renders
 * nothing when there is nothing to say, and never throws, whatever the props.
 */
export function PgNotice(props: PgNoticeProps) {
  // Own fields only: a polluted Object.prototype.amount must not change what the buyer is told.
  const { pg, amount = 0, payMethod, currency, ...rest } = ownFields(props);
  return <NoticeView {...useV1Notice(pg, amount, payMethod, currency, PG_RULES)} {...rest} />;
}
