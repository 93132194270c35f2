import { createContext, useContext, useEffect, type HTMLAttributes } from 'react';
import { css, styled } from 'styled-components';
import { noteNoticeShown } from '../core/page/shown-notices';
import { format } from '../core/vocabulary/core-messages';
import type { PgNoticeItem } from '../core/rules/shared-rule-types';
import { formatAmount } from '../texts/format-amount';
import { tokens } from '../theme/theme';
import { NOTICE_MESSAGES } from '../texts/ui-messages';
import { useUiSection } from './use-ui-messages';

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

const ownText = (texts: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(texts, key) ? (texts as Record<string, unknown>)[key] : undefined;

/**
 * A notice's text, with its `{amount}` filled in. The amount is formatted only for a text that shows it: the first
 * `toLocaleString` / `Intl.NumberFormat` of a page loads the locale's data (milliseconds on a phone), which a notice
 * such as "choose the method in the window" has no reason to pay.
 */
function noticeText(template: string, amount: () => string): string {
  return template.includes('{amount}') ? format(template, { amount: amount() }) : template;
}

/** True inside a `BillingKeyButton`'s own notice (ButtonShell provides it); false for a merchant's `<PgNotice>`. */
export const InButtonNotice = /* @__PURE__ */ createContext(false);

/** The `<span>` attributes a notice passes through (its role is always `note`). */
export type NoticeSpanProps = Omit<HTMLAttributes<HTMLSpanElement>, 'role'>;

/**
 * The props both generations' `PgNotice` share (each entry's `PgNoticeProps` adds its amount fields): the request's
 * `pg`, the currency of the amounts, and any other `<span>` attribute.
 */
export interface PgNoticeBaseProps<TPg> extends NoticeSpanProps {
  /** The `pg` of the request (v1 `'danal_tpay'`, `'html5_inicis.INIBillTst'`…; v2 `'galaxia'`, `'smartro_v2'`…). */
  pg: TPg;
  /**
   * The currency of the amounts: in v1 the request's `params.currency` (e.g. Paymentwall's `'USD'`), in v2 the request's
   * `currency` (a `payment`'s own currency wins for the amount charged now). Default `'KRW'`.
   */
  currency?: string;
}

/** What a generation reads for a notice (see `useV1Notice`, `useV2Notice`): the PG, its notes, the amount they speak of. */
export type NoticeContent = Pick<NoticeViewProps, 'pg' | 'notices' | 'amount' | 'currency' | 'unit'>;

/** What both generations' `PgNotice` hand to the shared look. */
export interface NoticeViewProps extends NoticeSpanProps {
  /** The PG the notices are about (for the development check against a notice shown twice). */
  pg: unknown;
  notices: readonly PgNoticeItem[];
  /** The amount a notice without its own speaks of. */
  amount: unknown;
  /** The currency of the amounts (default KRW). */
  currency?: unknown;
  /** How the amounts count: whole units (v1, default) or the currency's smallest unit (v2). */
  unit?: 'major' | 'minor';
}

/** The notes of a PG in the locale, as a `role="note"`; nothing when there is nothing to say. */
export function NoticeView({ pg, notices, amount, currency, unit, ...rest }: NoticeViewProps) {
  const { messages, locale } = useUiSection('notice', NOTICE_MESSAGES);
  const inButton = useContext(InButtonNotice);
  // Only kinds with a text of their own: a kind nobody can word is left out rather than crashing the render.
  const worded = notices.filter((notice) => typeof ownText(messages, notice.kind) === 'string');
  const shows = worded.length > 0 && typeof pg === 'string';
  // Development only: a button's own notice and a <PgNotice> for the same PG would tell the buyer the same thing twice.
  // (One condition that folds to `false` in production, so bundlers drop the call and its module.)
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && shows) return noteNoticeShown(pg, inButton ? 'button' : 'standalone');
    return undefined;
  }, [pg, inButton, shows]);
  if (worded.length === 0) return null;
  return (
    <Note role="note" {...rest}>
      {worded.map((notice) => (
        <Line key={notice.kind}>
          {noticeText(messages[notice.kind], () => formatAmount(notice.amount ?? amount, locale, currency, unit))}
        </Line>
      ))}
    </Note>
  );
}
