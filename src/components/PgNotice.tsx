import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { getPgNotices } from '../core/notices';
import type { PayMethod, PgId } from '../core/pg-rules';
import { format } from '../i18n/types';
import { tokens } from '../theme/theme';
import { useUiMessages } from './use-ui-messages';

/** Props of {@link PgNotice}. */
export interface PgNoticeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'role'> {
  /** The `pg` of the request (`'danal_tpay'`, `'html5_inicis.INIBillTst'`…). */
  pg: PgId;
  /** The request's amount in KRW. Default 0. */
  amount?: number;
  payMethod?: PayMethod;
}

// Spans shown as blocks: phrasing content, so the notice stays valid markup wherever a <button> is (e.g. inside a <p>).
const Note = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-PgNotice' })`
  display: block;
  margin-top: ${(p) => tokens(p.theme).spacing};
  padding: ${(p) => tokens(p.theme).spacing} calc(${(p) => tokens(p.theme).spacing} * 1.5);
  border-radius: ${(p) => tokens(p.theme).radius};
  background: ${(p) => tokens(p.theme).colors.noticeBackground};
  color: ${(p) => tokens(p.theme).colors.noticeText};
  font-family: ${(p) => tokens(p.theme).fontFamily};
  font-size: 0.875em;
  line-height: 1.5;
`;

const Line = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-PgNotice-line' })`
  display: block;
`;

/**
 * What the buyer must know about this PG and amount before the window opens (Danal's 10 KRW test charge,
 * "the amount shown is not charged now", phone billing's monthly rule…). Renders nothing when there is nothing to say.
 */
export function PgNotice({ pg, amount = 0, payMethod, ...rest }: PgNoticeProps) {
  const { messages, locale } = useUiMessages();
  const notices = getPgNotices(pg, amount, payMethod);
  if (notices.length === 0) return null;
  return (
    <Note role="note" {...rest}>
      {notices.map((notice) => (
        <Line key={notice.kind}>
          {format(messages.notice[notice.kind], {
            amount: (notice.amount ?? amount).toLocaleString(locale === 'ko' ? 'ko' : 'en'),
          })}
        </Line>
      ))}
    </Note>
  );
}
