import { PG_LABELS } from '../src/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { expect, within } from 'storybook/test';
import { PG_RULES, PgNotice, type PayMethod, type PgCode } from '../src';
import { format, getPgNotices } from '../src/core';
import { tokens } from '../src/theme/theme';
import { useUiMessages } from '../src/components/use-ui-messages';
import { PLAN_PRICE, methodsOf, ruleOf, textsFor } from './support/showroom';
import { whenTesting } from './support/play';
import { V1_PAY_METHOD_CONTROL, V1_PG_CONTROL } from './support/controls';

/**
 * What the buyer is told before the window opens, per PG, pay method and amount (`getPgNotices` over `PG_RULES`). Switch
 * the locale in the toolbar. `PgNotice` renders nothing when there is nothing to say; each thing it says is one line.
 */
const meta = {
  title: 'Components/PgNotice',
  component: PgNotice,
  args: { pg: 'danal_tpay', amount: 0 },
  argTypes: { pg: V1_PG_CONTROL, payMethod: V1_PAY_METHOD_CONTROL },
} satisfies Meta<typeof PgNotice>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

const SAMPLE_AMOUNTS = [0, PLAN_PRICE];

interface Combination {
  pg: PgCode;
  payMethod: PayMethod;
  amount: number;
}

/**
 * Every PG × pay method × amount (0 and a plan price) from the rules table, leaving out amounts a method refuses and
 * amounts whose notice is the same as the previous amount's.
 */
function noticeCombinations(): Combination[] {
  const rows: Combination[] = [];
  for (const pg of Object.keys(PG_RULES) as PgCode[]) {
    for (const payMethod of methodsOf(pg)) {
      let previous: string | undefined;
      for (const amount of SAMPLE_AMOUNTS) {
        if (amount === 0 && ruleOf(pg).methods[payMethod]?.zeroAmount === 'not-allowed') continue;
        const kinds = JSON.stringify(getPgNotices(pg, amount, payMethod).map((n) => n.kind));
        if (kinds !== previous) rows.push({ pg, payMethod, amount });
        previous = kinds;
      }
    }
  }
  return rows;
}

const Table = styled.table`
  border-collapse: collapse;
  color: ${(p) => tokens(p.theme).colors.text};
  font-family: ${(p) => tokens(p.theme).fontFamily};
  & th,
  & td {
    padding: ${(p) => tokens(p.theme).spacing};
    border-bottom: 1px solid ${(p) => tokens(p.theme).colors.border};
    text-align: left;
    vertical-align: top;
  }
  & td:last-child {
    max-width: 32em;
  }
`;

const Muted = styled.span`
  color: ${(p) => tokens(p.theme).colors.mutedText};
`;

function Matrix() {
  const { locale } = useUiMessages();
  const en = locale === 'en';
  return (
    <Table>
      <caption>{en ? 'Notices by PG, pay method and amount' : 'PG·결제수단·금액별 안내'}</caption>
      <thead>
        <tr>
          <th scope="col">PG</th>
          <th scope="col">{en ? 'Pay method' : '결제수단'}</th>
          <th scope="col">{en ? 'Amount' : '금액'}</th>
          <th scope="col">{en ? 'Notice' : '안내'}</th>
        </tr>
      </thead>
      <tbody>
        {noticeCombinations().map(({ pg, payMethod, amount }) => (
          <tr key={`${pg}-${payMethod}-${amount}`} data-pg={pg} data-method={payMethod} data-amount={amount}>
            <th scope="row">{PG_LABELS[pg][locale]}</th>
            <td>
              <code>{payMethod}</code>
            </td>
            <td>{amount.toLocaleString(en ? 'en-US' : 'ko-KR')}</td>
            <td>
              {getPgNotices(pg, amount, payMethod).length ? (
                <PgNotice pg={pg} amount={amount} payMethod={payMethod} />
              ) : (
                <Muted>{en ? 'No notice' : '안내 없음'}</Muted>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The note's lines (block spans, one per thing to say). */
const linesOf = (note: HTMLElement) => [...note.children].map((line) => line.textContent);

/** The locale's text of one notice kind. */
function noticeText(ctx: Ctx, kind: keyof ReturnType<typeof textsFor>['ui']['notice'], amount?: number, pg?: PgCode) {
  const t = textsFor(ctx.globals);
  return format(t.ui.notice[kind], { amount: amount === undefined ? '' : t.amount(amount), pg: pg ? t.pgName(pg) : '' });
}

/** The whole matrix: every PG and pay method, at amount 0 and 9,900 KRW where the notice changes with the amount. */
export const EveryPgMethodAndAmount: Story = {
  render: () => <Matrix />,
  play: whenTesting(async (ctx) => {
    const { canvasElement } = ctx;
    const row = (pg: PgCode, method: PayMethod, amount: number) =>
      canvasElement.querySelector<HTMLElement>(`tr[data-pg="${pg}"][data-method="${method}"][data-amount="${amount}"]`);
    for (const pg of Object.keys(PG_RULES) as PgCode[]) {
      for (const method of methodsOf(pg))
        await expect(canvasElement.querySelector(`tr[data-pg="${pg}"][data-method="${method}"]`)).not.toBeNull();
    }
    await expect(within(row('danal_tpay', 'card', 0)!).getByRole('note')).toHaveTextContent(noticeText(ctx, 'testCharge', 10));
    await expect(within(row('galaxia', 'card', 0)!).getByRole('note')).toHaveTextContent(
      noticeText(ctx, 'windowShowsAmount', 1000),
    );
    for (const pg of ['html5_inicis', 'kcp_billing', 'kicc', 'tosspayments', 'chai'] as const) {
      const method = methodsOf(pg)[0]!;
      await expect(within(row(pg, method, PLAN_PRICE)!).getByRole('note')).toHaveTextContent(
        noticeText(ctx, 'displayOnly', PLAN_PRICE),
      );
      await expect(within(row(pg, method, 0)!).queryByRole('note')).toBeNull();
    }
    // Welcome and Galaxia differ by method: card only shows the amount, phone charges it.
    for (const pg of ['welcome', 'galaxia'] as const) {
      await expect(within(row(pg, 'card', PLAN_PRICE)!).getByRole('note')).toHaveTextContent(
        noticeText(ctx, 'displayOnly', PLAN_PRICE),
      );
      await expect(row(pg, 'phone', 0)).toBeNull();
      await expect(within(row(pg, 'phone', PLAN_PRICE)!).getByRole('note')).toHaveTextContent(
        noticeText(ctx, 'chargedNow', PLAN_PRICE),
      );
    }
    await expect(row('danal', 'phone', 0)).toBeNull();
    await expect(within(row('danal', 'phone', PLAN_PRICE)!).getByRole('note')).toHaveTextContent(
      noticeText(ctx, 'sameAmountMonthly'),
    );
  }),
};

/** Danal card, amount 0: a 10 KRW test charge, cancelled about 30 minutes later. */
export const DanalCardTestCharge: Story = {
  play: whenTesting(async (ctx) => {
    const note = within(ctx.canvasElement).getByRole('note');
    await expect(linesOf(note)).toEqual([noticeText(ctx, 'testCharge', 10)]);
  }),
};

/** Galaxia card, amount 0: the window shows 1,000 KRW although nothing is charged. */
export const GalaxiaWindowShowsAmount: Story = {
  args: { pg: 'galaxia', payMethod: 'card' },
  play: whenTesting(async (ctx) => {
    const note = within(ctx.canvasElement).getByRole('note');
    await expect(linesOf(note)).toEqual([noticeText(ctx, 'windowShowsAmount', 1000)]);
  }),
};

/** Danal card with an amount: charged now, together with the key. */
export const ChargedNow: Story = {
  args: { amount: PLAN_PRICE },
  play: whenTesting(async (ctx) => {
    await expect(linesOf(within(ctx.canvasElement).getByRole('note'))).toEqual([noticeText(ctx, 'chargedNow', PLAN_PRICE)]);
  }),
};

/** KG Inicis, NHN KCP, KICC, Toss Payments… with an amount: shown in the window but not charged now. */
export const DisplayOnlyAmount: Story = {
  args: { pg: 'kcp_billing', amount: PLAN_PRICE },
  play: whenTesting(async (ctx) => {
    await expect(linesOf(within(ctx.canvasElement).getByRole('note'))).toEqual([noticeText(ctx, 'displayOnly', PLAN_PRICE)]);
  }),
};

/** Kakao Pay: the buyer picks card or Kakao Money in the app, and a monthly charge cap applies — two lines. */
export const KakaoPay: Story = {
  args: { pg: 'kakaopay' },
  play: whenTesting(async (ctx) => {
    const note = within(ctx.canvasElement).getByRole('note');
    await expect(note.tagName).toBe('SPAN');
    await expect(note.querySelector('p')).toBeNull();
    await expect(linesOf(note)).toEqual([
      noticeText(ctx, 'payMethodChosenByBuyer', undefined, 'kakaopay'),
      noticeText(ctx, 'monthlyChargeCap', undefined, 'kakaopay'),
    ]);
  }),
};

/** Phone billing (Danal, KG Mobilians): charged now, and later charges are the same amount on the same day each month. */
export const PhoneSameAmountMonthly: Story = {
  args: { pg: 'mobilians', amount: PLAN_PRICE },
  play: whenTesting(async (ctx) => {
    await expect(linesOf(within(ctx.canvasElement).getByRole('note'))).toEqual([
      noticeText(ctx, 'chargedNow', PLAN_PRICE),
      noticeText(ctx, 'sameAmountMonthly'),
    ]);
  }),
};

/** Smartro: the first registration includes identity verification. */
export const IdentityVerification: Story = {
  args: { pg: 'smartro_v2' },
  play: whenTesting(async (ctx) => {
    await expect(linesOf(within(ctx.canvasElement).getByRole('note'))).toEqual([noticeText(ctx, 'identityVerification')]);
  }),
};

/** KG Inicis at amount 0: nothing to say, so nothing is rendered. */
export const NothingToSay: Story = {
  args: { pg: 'html5_inicis' },
  play: whenTesting(async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('note')).toBeNull();
  }),
};

/** The same notice in English (the provider's `locale="en"`), whatever the toolbar says. */
export const English: Story = {
  globals: { locale: 'en' },
  play: whenTesting(async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('10 KRW');
  }),
};
