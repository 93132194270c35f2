import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import styled from 'styled-components';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import {
  BillingKeyButton,
  CardFilter,
  PG_RULES,
  PgNotice,
  getPgRule,
  type BillingKeyError,
  type BillingKeyResult,
  type CardCode,
  type PgCode,
} from '../src';
import { tokens } from '../src/theme/theme';
import { useUiMessages } from '../src/components/use-ui-messages';
import { PG_NAMES } from '../src/i18n/pg-names';
import { BUYER, PLAN_PRICE, ResultLine, STORY_TEXT, textsFor, type ShowroomParameters } from './support/showroom';

const WORDS = {
  ko: {
    heading: '구독 결제 수단 등록',
    plan: '프리미엄 월간 이용권',
    price: '월 {price}원',
    won: '{price}원',
    first: '첫 결제 (오늘)',
    pg: '결제 대행사 (PG)',
  },
  en: {
    heading: 'Add a payment method',
    plan: 'Premium monthly plan',
    price: '{price} KRW / month',
    won: '{price} KRW',
    first: 'First payment (today)',
    pg: 'Payment provider (PG)',
  },
};

const Panel = styled.section`
  display: grid;
  gap: calc(${(p) => tokens(p.theme).spacing} * 2);
  max-width: 36rem;
  padding: calc(${(p) => tokens(p.theme).spacing} * 3);
  border: 1px solid ${(p) => tokens(p.theme).colors.border};
  border-radius: ${(p) => tokens(p.theme).radius};
  color: ${(p) => tokens(p.theme).colors.text};
  font-family: ${(p) => tokens(p.theme).fontFamily};
  & h2 {
    margin: 0;
    font-size: 1.25em;
  }
  & dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 16px;
    margin: 0;
  }
  & dt {
    color: ${(p) => tokens(p.theme).colors.mutedText};
  }
  & dd {
    margin: 0;
    font-weight: 600;
  }
  & select {
    min-height: 44px;
    margin-top: 4px;
    padding: 0 8px;
    border: 1px solid ${(p) => tokens(p.theme).colors.border};
    border-radius: ${(p) => tokens(p.theme).radius};
    background: ${(p) => tokens(p.theme).colors.surface};
    color: ${(p) => tokens(p.theme).colors.text};
    font: inherit;
  }
  & select:focus-visible {
    outline: ${(p) => tokens(p.theme).focusRingWidth} solid ${(p) => tokens(p.theme).colors.focusRing};
    outline-offset: 2px;
  }
`;

interface CheckoutProps {
  /** The PG selected first. */
  initialPg: PgCode;
  onSuccess: (result: BillingKeyResult) => void;
  onFailure: (error: BillingKeyError) => void;
}

/** A subscription checkout as a merchant would build it: plan summary, PG choice, notice, card filter, button, result. */
function Checkout({ initialPg, onSuccess, onFailure }: CheckoutProps) {
  const { locale } = useUiMessages();
  const words = WORDS[locale];
  const selectId = useId();
  const [pg, setPg] = useState<PgCode>(initialPg);
  const [cards, setCards] = useState<CardCode[] | undefined>(undefined);
  const [outcome, setOutcome] = useState<{ result?: BillingKeyResult; error?: BillingKeyError } | null>(null);
  const rule = getPgRule(pg)!;
  const cardPg = rule.payMethods[0] === 'card' && !rule.payMethodChosenByBuyer;
  const price = PLAN_PRICE.toLocaleString(locale === 'en' ? 'en-US' : 'ko-KR');

  return (
    <Panel aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>{words.heading}</h2>
      <dl>
        <dt>{words.plan}</dt>
        <dd>{words.price.replace('{price}', price)}</dd>
        <dt>{words.first}</dt>
        <dd>{words.won.replace('{price}', price)}</dd>
      </dl>
      <div>
        <label htmlFor={selectId}>{words.pg}</label>
        <br />
        <select id={selectId} value={pg} onChange={(event) => setPg(event.target.value as PgCode)}>
          {Object.keys(PG_RULES).map((code) => (
            <option key={code} value={code}>
              {PG_NAMES[locale][code as PgCode]}
            </option>
          ))}
        </select>
      </div>
      <PgNotice pg={pg} amount={PLAN_PRICE} />
      {cardPg && <CardFilter value={cards} onChange={setCards} />}
      <div>
        <BillingKeyButton
          pg={pg}
          customerUid="member_42_card_1"
          amount={PLAN_PRICE}
          name={words.plan}
          buyer={BUYER}
          cards={cardPg ? cards : undefined}
          notice="none"
          onClick={() => setOutcome(null)}
          onSuccess={(result) => {
            setOutcome({ result });
            onSuccess(result);
          }}
          onFailure={(error) => {
            setOutcome({ error });
            onFailure(error);
          }}
        />
        <ResultLine role="status" $failed={!!outcome?.error}>
          {outcome?.result
            ? STORY_TEXT[locale].success(outcome.result)
            : outcome?.error
              ? STORY_TEXT[locale].failure(outcome.error)
              : ''}
        </ResultLine>
      </div>
    </Panel>
  );
}

/**
 * The pieces together, as on a merchant's checkout page. Pick a PG to see its notice change; card PGs get the card
 * filter, whose choice reaches the window as `card.detail`. The simulated window lets you approve, decline or cancel.
 */
const meta = {
  title: 'Examples/Checkout',
  component: Checkout,
  args: { initialPg: 'html5_inicis', onSuccess: fn(), onFailure: fn() },
  parameters: { mockIamport: { simulateWindow: true } } satisfies ShowroomParameters,
} satisfies Meta<typeof Checkout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** KG Inicis: the 9,900 KRW is only shown in the window; the page says so before the buyer clicks. */
export const ChooseCardsAndApprove: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note')).toHaveTextContent('9,900');
    await expect(canvas.getByRole('group', { name: t.ui.cardFilter.legend })).toBeVisible();

    // Offer only Shinhan: clear, then tick one company.
    await userEvent.click(canvas.getByRole('button', { name: t.ui.cardFilter.clear }));
    await userEvent.click(canvas.getByRole('checkbox', { name: t.locale === 'en' ? 'Shinhan Card' : '신한카드' }));

    const button = canvas.getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    await expect(dialog).toHaveTextContent('member_42_card_1');
    await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_42_card_1', charged: false })),
    );
    await expect(within(button.parentElement!).getByRole('status')).toHaveTextContent('member_42_card_1');
    const sent = (args.onSuccess as ReturnType<typeof fn>).mock.calls[0]![0] as BillingKeyResult;
    await expect(sent.pg).toBe('html5_inicis');
  },
};

/** Switching PG: Danal card charges the first payment in the window (no notice, no display-only amount); Kakao Pay hides the card filter. */
export const SwitchingPg: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox', { name: WORDS[t.locale].pg });
    await userEvent.selectOptions(select, 'danal_tpay');
    await expect(canvas.queryByRole('note')).toBeNull();
    await userEvent.selectOptions(select, 'kakaopay');
    await expect(canvas.getByRole('note')).toHaveTextContent(t.pgNames.kakaopay);
    await expect(canvas.queryByRole('group', { name: t.ui.cardFilter.legend })).toBeNull();
  },
};

/** The buyer declines in the window: the page shows the PG's refusal. */
export const Declined: Story = {
  args: { initialPg: 'jtnet' },
  play: async ({ canvasElement, args, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t.decline }));
    await waitFor(() => expect(args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    await expect(within(button.parentElement!).getByRole('status')).toHaveTextContent('PG_FAILED');
  },
};
