import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BillingKeyButton, IamportProvider, PgNotice, type PayMethod, type PgCode } from '../../src';
import { stubIamport } from '../helpers';

type Locale = 'ko' | 'en';

/** Renders <PgNotice> in a provider with `locale`; returns the note's text, or null when nothing was rendered. */
function noticeText(locale: Locale, pg: string, amount: number, payMethod?: PayMethod): string | null {
  stubIamport();
  const { container, unmount } = render(
    <IamportProvider userCode="imp12345678" locale={locale}>
      <div data-testid="slot">
        <PgNotice pg={pg as PgCode} amount={amount} payMethod={payMethod} />
      </div>
    </IamportProvider>,
  );
  const notes = screen.queryAllByRole('note');
  const slot = container.querySelector('[data-testid="slot"]')!;
  const text = notes.length === 0 ? null : notes.map((n) => n.textContent ?? '').join('\n');
  if (text === null) expect(slot).toBeEmptyDOMElement();
  else expect(notes).toHaveLength(1);
  unmount();
  return text;
}

// The key facts each note must state, in each locale.
const FACTS = {
  testCharge: { ko: ['10원', '30분'], en: ['10 KRW', '30 minutes'] },
  displayOnly: { ko: ['9,900원', '결제되지 않'], en: ['9,900 KRW', 'not charged'] },
  sameAmountMonthly: { ko: ['매달', '같은 금액'], en: ['same amount', 'each month'] },
  monthlyChargeCap: { ko: ['카카오페이', '한 달'], en: ['Kakao Pay', 'per month'] },
  payMethodChosenByBuyer: { ko: ['카카오머니'], en: ['Kakao Money'] },
} as const;
type Fact = keyof typeof FACTS;

// What the buyer must be told, per PG, for amount 0 and for amount 9900 (issue 3, pg-facts notes).
const expected: Record<PgCode, { zero: Fact[]; positive: Fact[] }> = {
  jtnet: { zero: [], positive: [] },
  html5_inicis: { zero: [], positive: ['displayOnly'] },
  danal_tpay: { zero: ['testCharge'], positive: [] },
  kcp_billing: { zero: [], positive: ['displayOnly'] },
  kicc: { zero: [], positive: ['displayOnly'] },
  payco: { zero: [], positive: ['displayOnly'] },
  kakaopay: { zero: ['monthlyChargeCap', 'payMethodChosenByBuyer'], positive: ['monthlyChargeCap', 'payMethodChosenByBuyer'] },
  chai: { zero: [], positive: ['displayOnly'] },
  danal: { zero: ['sameAmountMonthly'], positive: ['sameAmountMonthly'] },
  mobilians: { zero: ['sameAmountMonthly'], positive: ['sameAmountMonthly'] },
  paymentwall: { zero: [], positive: [] },
};

const cases = (Object.keys(expected) as PgCode[]).flatMap((pg) =>
  (['ko', 'en'] as const).flatMap((locale) => [
    [pg, locale, 0, expected[pg].zero] as const,
    [pg, locale, 9900, expected[pg].positive] as const,
  ]),
);

describe('<PgNotice> for every PG × amount × locale', () => {
  it.each(cases)('%s in %s, amount %i', (pg, locale, amount, facts) => {
    const text = noticeText(locale, pg, amount);
    if (facts.length === 0) {
      expect(text).toBeNull();
      return;
    }
    expect(text).not.toBeNull();
    for (const fact of facts) for (const phrase of FACTS[fact][locale]) expect(text).toContain(phrase);
    // Facts that do not apply are not mentioned.
    for (const fact of Object.keys(FACTS) as Fact[]) {
      if (!(facts as readonly Fact[]).includes(fact)) expect(text).not.toContain(FACTS[fact][locale].at(-1)!);
    }
  });

  it('formats the amount for the locale', () => {
    expect(noticeText('ko', 'kcp_billing', 1234567)).toContain('1,234,567원');
    expect(noticeText('en', 'kcp_billing', 1234567)).toContain('1,234,567 KRW');
  });

  it('applies the rules behind a MID (html5_inicis.INIBillTst)', () => {
    expect(noticeText('en', 'html5_inicis.INIBillTst', 9900)).toContain('not charged');
  });

  it('is Korean outside a provider', () => {
    render(<PgNotice pg="danal_tpay" amount={0} />);
    expect(screen.getByRole('note')).toHaveTextContent('30분');
  });

  it.each([
    ['an unknown PG', 'toss', 0, undefined],
    ['a pay method the PG does not take', 'danal_tpay', 0, 'phone'],
  ] as const)('renders nothing for %s', (_label, pg, amount, payMethod) => {
    expect(noticeText('ko', pg, amount, payMethod)).toBeNull();
  });
});

describe('BillingKeyButton shows the notice under itself', () => {
  it('by default, as the button description', () => {
    stubIamport();
    render(
      <IamportProvider userCode="imp12345678" locale="en">
        <BillingKeyButton pg="danal_tpay" customerUid="member_1_card_1" amount={0} />
      </IamportProvider>,
    );
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('30 minutes');
    expect(screen.getByRole('button')).toHaveAccessibleDescription(note.textContent!);
  });

  it('not with notice="none"', () => {
    stubIamport();
    render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="danal_tpay" customerUid="member_1_card_1" amount={0} notice="none" />
      </IamportProvider>,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('not when the PG has nothing to say', () => {
    stubIamport();
    render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="jtnet" customerUid="member_1_card_1" amount={1004} />
      </IamportProvider>,
    );
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByRole('button')).not.toHaveAttribute('aria-describedby');
  });
});
