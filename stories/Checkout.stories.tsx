import { PG_LABELS } from '../src/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { styled } from 'styled-components';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import {
  BillingKeyButton,
  CardFilter,
  PG_RULES,
  PgNotice,
  type BillingKeyError,
  type BillingKeyResult,
  type CardCode,
  type Locale,
  type PayMethod,
  type PgCode,
} from '../src';
import { format } from '../src/core';
import { tokens } from '../src/theme/theme';
import { useUiMessages } from '../src/components/use-ui-messages';
import {
  PLAN_PRICE,
  ResultLine,
  STORY_TEXT,
  methodsOf,
  requestFor,
  resultLineIn,
  ruleOf,
  showroomMock,
  textsFor,
  type ShowroomParameters,
} from './support/showroom';
import { whenTesting } from './support/play';

const WORDS: Record<
  Locale,
  Record<'heading' | 'plan' | 'price' | 'won' | 'first' | 'pg' | 'method' | 'choosePg' | 'unknownPg', string> & {
    methods: Record<PayMethod, string>;
  }
> = {
  ko: {
    heading: '구독 결제 수단 등록',
    plan: '프리미엄 월간 이용권',
    price: '월 {price}원',
    won: '{price}원',
    first: '첫 결제 (오늘)',
    pg: '결제 대행사 (PG)',
    method: '결제수단',
    choosePg: 'PG 선택',
    unknownPg: '“{pg}”은(는) 이 페이지에서 제공하지 않는 PG입니다. 목록에서 고르세요.',
    methods: {
      card: '신용카드',
      phone: '휴대폰',
      trans: '계좌',
      tosspay: '토스페이',
      naverpay_card: '네이버페이 (카드)',
      naverpay_point: '네이버페이 (포인트)',
      kakaopay: '카카오페이',
      toss_brandpay: '토스 브랜드페이',
      paypal: '페이팔',
    },
  },
  en: {
    heading: 'Add a payment method',
    plan: 'Premium monthly plan',
    price: '{price} KRW / month',
    won: '{price} KRW',
    first: 'First payment (today)',
    pg: 'Payment provider (PG)',
    method: 'Pay method',
    choosePg: 'Choose a PG',
    unknownPg: '“{pg}” is not a PG this page offers: choose one from the list.',
    methods: {
      card: 'Credit card',
      phone: 'Mobile phone',
      trans: 'Bank account',
      tosspay: 'Toss Pay',
      toss_brandpay: 'Toss BrandPay',
      naverpay_card: 'Naver Pay (card)',
      naverpay_point: 'Naver Pay (points)',
      kakaopay: 'Kakao Pay',
      paypal: 'PayPal',
    },
  },
};

const Panel = styled.section`
  display: grid;
  gap: calc(${(p) => tokens(p.theme).spacing} * 2);
  max-width: 36rem;
  padding: calc(${(p) => tokens(p.theme).spacing} * 3);
  border: 1px solid ${(p) => tokens(p.theme).colors.border};
  /* A pill radius (brandBillingTheme) suits buttons, not a panel. */
  border-radius: min(${(p) => tokens(p.theme).radius}, 16px);
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

/** The live PGs a merchant can offer (discontinued ones are left out of a new checkout). */
const LIVE_PGS = (Object.keys(PG_RULES) as PgCode[]).filter((pg) => ruleOf(pg).status === 'live');

/**
 * A subscription checkout as a merchant would build it: plan summary, PG choice, pay method where the PG takes several,
 * notice, card filter, button, result. The request is valid for every PG (`requestFor`); where a PG can either call back
 * or redirect on PC (Naver Pay), the checkout asks for the callback.
 */
function Checkout({ initialPg, onSuccess, onFailure }: CheckoutProps) {
  const { locale } = useUiMessages();
  const words = WORDS[locale];
  const id = useId();
  const [pg, setPg] = useState<PgCode>(initialPg);
  const [method, setMethod] = useState<PayMethod | undefined>(undefined);
  const [cards, setCards] = useState<CardCode[] | undefined>(undefined);
  const [outcome, setOutcome] = useState<{ result?: BillingKeyResult; error?: BillingKeyError } | null>(null);
  const pgSelect = (
    <div>
      <label htmlFor={`${id}-pg`}>{words.pg}</label>
      <br />
      <select id={`${id}-pg`} value={pg} onChange={(event) => setPg(event.target.value as PgCode)}>
        {!LIVE_PGS.includes(pg) && (
          <option value={pg} disabled>
            {words.choosePg}
          </option>
        )}
        {LIVE_PGS.map((code) => (
          <option key={code} value={code}>
            {PG_LABELS[code][locale]}
          </option>
        ))}
      </select>
    </div>
  );
  // A PG the page does not offer (a Controls value, a typo): say so and let the buyer pick, never crash.
  if (!LIVE_PGS.includes(pg)) {
    return (
      <Panel aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{words.heading}</h2>
        <p role="alert">{format(words.unknownPg, { pg: String(pg) })}</p>
        {pgSelect}
      </Panel>
    );
  }
  const rule = ruleOf(pg);
  const methods = methodsOf(pg);
  const payMethod = method && methods.includes(method) ? method : methods[0]!;
  const request = requestFor(pg, payMethod);
  const callback = rule.callbackWhenParam;
  const params = callback ? { ...request.params, [callback.key]: callback.value } : request.params;
  // Buyers pick the method in the PG itself where the rules say so: no choice on the page then.
  const choosesMethod = rule.payMethodDefault !== 'omit' && methods.length > 1;
  // The card filter only for a card window the merchant configures (not where the buyer chooses inside the PG).
  const cardWindow = rule.payMethodDefault !== 'omit' && payMethod === 'card';
  const price = PLAN_PRICE.toLocaleString(locale === 'en' ? 'en-US' : 'ko-KR');

  return (
    <Panel aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.heading}</h2>
      <dl>
        <dt>{words.plan}</dt>
        <dd>{format(words.price, { price })}</dd>
        <dt>{words.first}</dt>
        <dd>{format(words.won, { price })}</dd>
      </dl>
      {pgSelect}
      {choosesMethod && (
        <div>
          <label htmlFor={`${id}-method`}>{words.method}</label>
          <br />
          <select id={`${id}-method`} value={payMethod} onChange={(event) => setMethod(event.target.value as PayMethod)}>
            {methods.map((name) => (
              <option key={name} value={name}>
                {words.methods[name]}
              </option>
            ))}
          </select>
        </div>
      )}
      <PgNotice pg={request.pg} amount={PLAN_PRICE} payMethod={request.payMethod} />
      {cardWindow && <CardFilter value={cards} onChange={setCards} />}
      <div>
        <BillingKeyButton
          {...request}
          {...(params ? { params } : {})}
          amount={PLAN_PRICE}
          name={words.plan}
          cards={cardWindow ? cards : undefined}
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
        <ResultLine role="status" data-showroom-result="" $failed={!!outcome?.error}>
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
  argTypes: {
    initialPg: {
      control: { type: 'select', labels: Object.fromEntries(LIVE_PGS.map((pg) => [pg, `${PG_LABELS[pg].en} (${pg})`])) },
      options: LIVE_PGS,
    },
  },
  // A new initialPg from Controls starts the checkout afresh with it (the PG select is the buyer's after that).
  render: (args) => <Checkout key={args.initialPg} {...args} />,
  parameters: { mockIamport: { simulateWindow: true } } satisfies ShowroomParameters,
} satisfies Meta<typeof Checkout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** KG Inicis: the 9,900 KRW is only shown in the window; the page says so before the buyer clicks. */
export const ChooseCardsAndApprove: Story = {
  parameters: { devWarnings: ['html5_inicis: amount 9900 is only shown'] } satisfies ShowroomParameters,
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note')).toHaveTextContent(format(t.ui.notice.displayOnly, { amount: t.amount(PLAN_PRICE) }));
    await expect(canvas.getByRole('group', { name: t.ui.cardFilter.legend })).toBeVisible();

    // Offer only Shinhan: clear, then tick one company.
    await userEvent.click(canvas.getByRole('button', { name: t.ui.cardFilter.clear }));
    await userEvent.click(canvas.getByRole('checkbox', { name: t.locale === 'en' ? 'Shinhan Card' : '신한카드' }));

    const button = canvas.getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    await expect(dialog).toHaveTextContent('member_42_card_1');
    await expect(showroomMock().lastRequest().card).toEqual({
      detail: [
        { card_code: '*', enabled: false },
        { card_code: '366', enabled: true },
      ],
    });
    await userEvent.click(within(dialog).getByRole('button', { name: t.window.approve }));
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ customerUid: 'member_42_card_1', pg: 'html5_inicis', amount: PLAN_PRICE, charged: false }),
      ),
    );
    await expect(resultLineIn(canvasElement)).toHaveTextContent('member_42_card_1');
  }),
};

/**
 * Switching PG: Danal card charges the first payment in the window (the page says so); Kakao Pay lets the buyer choose
 * inside Kakao Pay, so there is no card filter; Naver Pay is asked to call back (`naverPopupMode: true`).
 */
export const SwitchingPg: Story = {
  parameters: { devWarnings: ['naverpay: amount 9900 is only shown'] } satisfies ShowroomParameters,
  play: whenTesting(async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox', { name: WORDS[t.locale].pg });
    await expect(within(select).queryByRole('option', { name: t.pgName('jtnet') })).toBeNull();
    await userEvent.selectOptions(select, 'danal_tpay');
    await expect(canvas.getByRole('note')).toHaveTextContent(format(t.ui.notice.chargedNow, { amount: t.amount(PLAN_PRICE) }));
    await userEvent.selectOptions(select, 'kakaopay');
    await expect(canvas.getByRole('note')).toHaveTextContent(t.ui.notice.payMethodChosenByBuyer);
    await expect(canvas.queryByRole('group', { name: t.ui.cardFilter.legend })).toBeNull();
    await userEvent.selectOptions(select, 'naverpay');
    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    await screen.findByRole('dialog');
    await expect(showroomMock().lastRequest()).toMatchObject({ pg: 'naverpay', naverPopupMode: true });
    await expect(showroomMock().lastRequest()).not.toHaveProperty('pay_method');
  }),
};

/**
 * Galaxia takes card or phone: the card window only shows the 9,900 KRW (charge it later), the phone window charges it
 * with the key, and the card filter is only for the card window.
 */
export const SwitchingPayMethod: Story = {
  args: { initialPg: 'galaxia' },
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    const method = canvas.getByRole('combobox', { name: WORDS[t.locale].method });
    await expect(canvas.getByRole('note')).toHaveTextContent(format(t.ui.notice.displayOnly, { amount: t.amount(PLAN_PRICE) }));
    await expect(canvas.getByRole('group', { name: t.ui.cardFilter.legend })).toBeVisible();

    await userEvent.selectOptions(method, 'phone');
    await expect(canvas.getByRole('note')).toHaveTextContent(format(t.ui.notice.chargedNow, { amount: t.amount(PLAN_PRICE) }));
    await expect(canvas.queryByRole('group', { name: t.ui.cardFilter.legend })).toBeNull();

    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    const dialog = await screen.findByRole('dialog');
    await expect(showroomMock().lastRequest()).toMatchObject({ pg: 'galaxia', pay_method: 'phone', customer_id: 'member42' });
    await userEvent.click(within(dialog).getByRole('button', { name: t.window.approve }));
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ amount: PLAN_PRICE, charged: true })),
    );
    await expect(resultLineIn(canvasElement)).toHaveTextContent(t.amount(PLAN_PRICE));
  }),
};

/** The buyer declines in the window: the page shows the PG's refusal. */
export const Declined: Story = {
  args: { initialPg: 'kcp_billing' },
  parameters: { devWarnings: ['kcp_billing: amount 9900 is only shown'] } satisfies ShowroomParameters,
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t.window.decline }));
    await waitFor(() => expect(args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    await expect(resultLineIn(canvasElement)).toHaveTextContent(t.core.errors.PG_FAILED);
    await expect(args.onSuccess).not.toHaveBeenCalled();
  }),
};

/**
 * A PG the page does not offer (here the discontinued JTNet, as a Controls value or a typo could give): the page says so
 * and offers the list; picking a PG brings the checkout back.
 */
export const UnknownPg: Story = {
  args: { initialPg: 'jtnet' },
  play: whenTesting(async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('jtnet');
    await expect(canvas.queryByRole('button', { name: t.ui.button.label })).toBeNull();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: WORDS[t.locale].pg }), 'kcp_billing');
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByRole('button', { name: t.ui.button.label })).toBeEnabled();
  }),
};
