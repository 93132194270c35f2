import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { getPgNotices } from '../core/notices';
import type { PayMethod, PgId } from '../core/pg-rules';
import { format } from '../i18n/types';
import { tokens } from './theme';
import { useUiMessages } from './use-ui-messages';

/** Props of {@link PgNotice}. */
export interface PgNoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role'> {
  /** The `pg` of the request (`'danal_tpay'`, `'html5_inicis.INIBillTst'`…). */
  pg: PgId;
  /** The request's amount in KRW. Default 0. */
  amount?: number;
  payMethod?: PayMethod;
}

const Note = /* @__PURE__ */ styled.div((p) => {
  const { colors: c, spacing: s, radius, fontFamily } = tokens(p.theme);
  return `margin-top:${s};padding:${s} calc(${s}*1.5);border-radius:${radius};background:${c.noticeBackground};
color:${c.noticeText};font-family:${fontFamily};font-size:.875em;line-height:1.5;& p{margin:0}`;
});

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
        <p key={notice.kind}>
          {format(messages.notice[notice.kind], {
            amount: (notice.amount ?? amount).toLocaleString(locale === 'ko' ? 'ko' : 'en'),
          })}
        </p>
      ))}
    </Note>
  );
}
