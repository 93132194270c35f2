import type { Meta, StoryObj } from '@storybook/react-vite';
import styled from 'styled-components';
import { expect, within } from 'storybook/test';
import { PG_RULES, PgNotice, getPgNotices, type PgCode } from '../src';
import { tokens } from '../src/theme/theme';
import { useUiMessages } from '../src/components/use-ui-messages';
import { PG_NAMES } from '../src/i18n/pg-names';
import { PLAN_PRICE, textsFor } from './support/showroom';

/**
 * What the buyer is told before the window opens, per PG and amount. Switch the locale in the toolbar.
 * `PgNotice` renders nothing when there is nothing to say.
 */
const meta = {
  title: 'Components/PgNotice',
  component: PgNotice,
  args: { pg: 'danal_tpay', amount: 0 },
} satisfies Meta<typeof PgNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

const SAMPLE_AMOUNTS = [0, PLAN_PRICE];

/** Every PG × amount (0 and a plan price) whose notice differs, straight from the rules table; amounts a PG refuses are left out. */
function noticeCombinations(): { pg: PgCode; amount: number }[] {
  const rows: { pg: PgCode; amount: number }[] = [];
  for (const pg of Object.keys(PG_RULES) as PgCode[]) {
    let previous: string | undefined;
    for (const amount of SAMPLE_AMOUNTS) {
      if (amount === 0 && PG_RULES[pg].zeroAmount === 'not-allowed') continue;
      const kinds = JSON.stringify(getPgNotices(pg, amount).map((n) => n.kind));
      if (kinds !== previous) rows.push({ pg, amount });
      previous = kinds;
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
      <caption>{en ? 'Notices by PG and amount' : 'PG·금액별 안내'}</caption>
      <thead>
        <tr>
          <th scope="col">PG</th>
          <th scope="col">{en ? 'Amount' : '금액'}</th>
          <th scope="col">{en ? 'Notice' : '안내'}</th>
        </tr>
      </thead>
      <tbody>
        {noticeCombinations().map(({ pg, amount }) => (
          <tr key={`${pg}-${amount}`} data-pg={pg} data-amount={amount}>
            <th scope="row">{PG_NAMES[locale][pg]}</th>
            <td>{amount.toLocaleString(en ? 'en-US' : 'ko-KR')}</td>
            <td>
              {getPgNotices(pg, amount).length ? (
                <PgNotice pg={pg} amount={amount} />
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

/** The whole matrix: every PG, amount 0 and 9,900 KRW where the notice changes with the amount. */
export const EveryPgAndAmount: Story = {
  render: () => <Matrix />,
  play: async ({ canvasElement }) => {
    const row = (pg: string, amount: number) =>
      canvasElement.querySelector<HTMLElement>(`tr[data-pg="${pg}"][data-amount="${amount}"]`)!;
    for (const pg of Object.keys(PG_RULES)) await expect(canvasElement.querySelector(`tr[data-pg="${pg}"]`)).not.toBeNull();
    await expect(within(row('danal_tpay', 0)).getByRole('note')).toHaveTextContent('10');
    for (const pg of ['html5_inicis', 'kcp_billing', 'kicc', 'payco', 'chai']) {
      await expect(within(row(pg, PLAN_PRICE)).getByRole('note')).toHaveTextContent(/9,900/);
      await expect(within(row(pg, 0)).queryByRole('note')).toBeNull();
    }
    await expect(within(row('jtnet', 0)).queryByRole('note')).toBeNull();
    await expect(canvasElement.querySelector('tr[data-pg="jtnet"][data-amount="9900"]')).toBeNull();
    await expect(canvasElement.querySelector('tr[data-pg="danal"][data-amount="0"]')).toBeNull();
    await expect(within(row('danal', PLAN_PRICE)).getByRole('note')).toBeVisible();
  },
};

/** Danal card, amount 0: a 10 KRW test charge, cancelled about 30 minutes later. */
export const DanalCardTestCharge: Story = {
  play: async ({ canvasElement, globals }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(note).toHaveTextContent('10');
    await expect(note).toHaveTextContent(textsFor(globals).locale === 'en' ? '30 minutes' : '30분');
  },
};

/** Danal card with an amount: charged together with the key, nothing to tell. */
export const DanalCardCharged: Story = {
  args: { amount: PLAN_PRICE },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('note')).toBeNull();
  },
};

/** KG Inicis, NHN KCP, KICC, PAYCO, CHAI with an amount: shown in the window but not charged now. */
export const DisplayOnlyAmount: Story = {
  args: { pg: 'kcp_billing', amount: PLAN_PRICE },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('9,900');
  },
};

/** Kakao Pay: the buyer picks card or Kakao Money in the app; a monthly charge cap applies. */
export const KakaoPay: Story = {
  args: { pg: 'kakaopay' },
  play: async ({ canvasElement, globals }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(note.querySelectorAll('span')).toHaveLength(2);
    await expect(note).toHaveTextContent(textsFor(globals).pgNames.kakaopay);
  },
};

/** Phone billing (Danal, KG Mobilians): later charges are the same amount on the same day each month. */
export const PhoneSameAmountMonthly: Story = {
  args: { pg: 'mobilians', amount: PLAN_PRICE },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toBeVisible();
  },
};

/** JTNet: nothing to say, so nothing is rendered. */
export const NothingToSay: Story = {
  args: { pg: 'jtnet' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('note')).toBeNull();
  },
};

/** The same notice in English (the provider's `locale="en"`), whatever the toolbar says. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('10 KRW');
  },
};
