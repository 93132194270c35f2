import type { HTMLAttributes } from 'react';
import { css, styled } from 'styled-components';
import { format } from '../core/messages';
import { getPgNotices } from '../core/rules/notices';
import type { PayMethod } from '../core/rules/pg-rule';
import type { PgId } from '../core/rules/pg-lookup';
import { useBillingKeyUi } from '../react/ui-context';
import { tokens } from '../theme/theme';
import { formatAmount } from '../messages/format-amount';
import { useUiMessages } from './use-ui-messages';

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

// Spans shown as blocks: phrasing content, so the notice stays valid markup wherever a <button> is (e.g. inside a <p>).
const Note = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-PgNotice' })(({ theme }) => {
  const { colors, spacing, radius, fontFamily } = tokens(theme);
  return css`
    display: block;
    margin-top: ${spacing};
    padding: ${spacing} calc(${spacing} * 1.5);
    /* A pill radius (a brand theme's 999px) suits buttons, not a block of text. */
    border-radius: min(${radius}, 12px);
    background: ${colors.noticeBackground};
    color: ${colors.noticeText};
    font-family: ${fontFamily};
    font-size: 0.875em;
    line-height: 1.5;
    /* Korean breaks between words, not inside them. */
    word-break: keep-all;
  `;
});

const Line = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-PgNotice-line' })`
  display: block;
`;

/**
 * What the buyer must know about this PG, pay method and amount before the window opens: Danal's 10 KRW test charge,
 * "the amount shown is not charged now", "charged now", Galaxia's 1,000 KRW window, phone billing's monthly rule…
 * (from `getPgNotices`). `role="note"`; renders nothing when there is nothing to say, and never throws, whatever the props.
 */
export function PgNotice({ pg, amount = 0, payMethod, currency, ...rest }: PgNoticeProps) {
  const { messages, locale } = useUiMessages();
  const { extraRules } = useBillingKeyUi();
  const notices = getPgNotices(pg, amount, payMethod, extraRules);
  if (notices.length === 0) return null;
  return (
    <Note role="note" {...rest}>
      {notices.map((notice) => (
        <Line key={notice.kind}>
          {format(messages.notice[notice.kind], { amount: formatAmount(notice.amount ?? amount, locale, currency) })}
        </Line>
      ))}
    </Note>
  );
}
