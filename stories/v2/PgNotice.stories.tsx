import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PG_RULES, PgNotice, type PgCode } from '../../src/v2';
import { v2TextsFor, type V2ShowroomParameters } from './support';
import { whenTesting } from '../support/play';
import { V2_PG_CONTROL } from '../support/controls';

/**
 * What a v2 PG's buyer is told before the window opens (`PgNotice` of `react-billing-key/v2`): the same notes as v1
 * where the concept is the same — an amount the window only shows (a v2 billing-key window charges nothing), Galaxia's
 * 1,000 KRW window at amount 0, Smartro's identity verification, the easy pays' own method choice.
 */
const meta = {
  title: 'V2/PgNotice',
  component: PgNotice,
  args: { pg: 'galaxia', displayAmount: 0 },
  argTypes: { pg: V2_PG_CONTROL },
  // The provider around it finds the stand-in window.PortOne, so nothing is loaded (or fails to load) from the network.
  parameters: { portOneProvider: {} } satisfies V2ShowroomParameters,
} satisfies Meta<typeof PgNotice>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

const noteOf = (ctx: Ctx) => within(ctx.canvasElement).getByRole('note');
const says = (ko: string, en: string) => async (ctx: Ctx) => {
  await expect(noteOf(ctx)).toHaveTextContent(v2TextsFor(ctx.globals).locale === 'en' ? en : ko);
};

/** Galaxia with nothing to charge: its window shows 1,000 KRW anyway. */
export const GalaxiaWindowAmount: Story = { play: whenTesting(says('1,000원이 표시되지만', 'shows 1,000 KRW')) };

/** A PG whose window shows `displayAmount` (KG Inicis, Welcome, Naver Pay, Galaxia): shown, not charged now. */
export const DisplayAmountOnly: Story = {
  args: { pg: 'inicis_v2', displayAmount: 9900 },
  play: whenTesting(says('9,900원은 지금 결제되지 않습니다', 'The 9,900 KRW shown')),
};

/** NHN KCP's window documents no amount: a `displayAmount` is never told to the buyer as "the amount shown". */
export const DisplayAmountNotShown: Story = {
  args: { pg: 'kcp_v2', displayAmount: 9900 },
  play: whenTesting(async (ctx) => {
    await expect(within(ctx.canvasElement).queryByRole('note')).toBeNull();
  }),
};

/** Smartro: the first registration includes identity verification. */
export const SmartroIdentityVerification: Story = {
  args: { pg: 'smartro_v2' },
  play: whenTesting(says('본인인증', 'identity verification')),
};

/** Kakao Pay and Naver Pay: the buyer picks the method inside the app, and it is kept. */
export const EasyPayMethodChoice: Story = {
  args: { pg: 'kakaopay' },
  play: whenTesting(says('결제창에서 직접 고르며', 'You choose the payment method in the payment window')),
};

/** Toss Payments has nothing to say: nothing is rendered. */
export const NothingToSay: Story = {
  args: { pg: 'tosspayments' },
  play: whenTesting(async (ctx) => {
    await expect(within(ctx.canvasElement).queryByRole('note')).toBeNull();
  }),
};

/** Every v2 PG with nothing charged and with a `displayAmount` of 9,900, generated from the rules table. */
export const EveryPg: Story = {
  render: () => (
    <dl>
      {(Object.keys(PG_RULES) as PgCode[]).map((pg) => (
        <div key={pg} data-pg={pg}>
          <dt>{pg}</dt>
          <dd>
            <PgNotice pg={pg} />
            <PgNotice pg={pg} displayAmount={9900} />
          </dd>
        </div>
      ))}
    </dl>
  ),
  play: whenTesting(async (ctx) => {
    // Exactly the PGs whose window shows `displayAmount` say "9,900 shown, not charged"; the others never mention it.
    for (const pg of Object.keys(PG_RULES) as PgCode[]) {
      const row = ctx.canvasElement.querySelector<HTMLElement>(`[data-pg="${pg}"] dd`)!;
      const shows = (PG_RULES[pg] as { showsDisplayAmount?: boolean }).showsDisplayAmount === true;
      const told = within(row)
        .queryAllByRole('note')
        .some((note) => note.textContent?.includes('9,900'));
      await expect({ pg, told }).toEqual({ pg, told: shows });
    }
  }),
};
