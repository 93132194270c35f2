import { PG_LABELS } from '../src/core';
import { PG_DOCS } from '../src/pg-docs';
import { V1_PG_ADVICE } from '../src/core/rules/v1-pg-advice';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { BillingKeyButton, PG_RULES, type PayMethod, type PgCode } from '../src';
import { coreMessagesFor, format, isCharged, mayEverRedirect, prepareRequest } from '../src/core';
import { useUiMessages } from '../src/components/use-ui-messages';
import { tokens } from '../src/theme/theme';
import {
  PLAN_PRICE,
  RoundTripDemo,
  SAMPLE_CHANNELS,
  STORY_TEXT,
  methodsOf,
  redirectsOnPc,
  requestFor,
  resultLineIn,
  ruleOf,
  showroomMock,
  textsFor,
  type SampleRequest,
  type ShowroomParameters,
} from './support/showroom';
import { whenTesting } from './support/play';
import { CARD_CODES_CONTROL, V1_PAY_METHOD_CONTROL, V1_PG_CONTROL } from './support/controls';

/**
 * One story per PG and pay method, each with a request that is valid for that PG (built from `PG_RULES`: amount 0
 * unless the method refuses it, the MID, `customerId`, `payMethod`, buyer fields and required `params`). Click the
 * button: the simulated window shows what that PG's window would (its name, the amount it shows, what is charged);
 * press 승인 / Approve. The stand-in answers like the PG does in this desktop browser (`delivery: 'auto'`): by callback,
 * or, for CHAI and Naver Pay without `naverPopupMode`, by redirecting back to the page, where `BillingKeyRedirect`
 * reports the key.
 */
const meta = {
  title: 'Components/BillingKeyButton by PG',
  component: BillingKeyButton,
  args: { ...requestFor('html5_inicis'), onSuccess: fn(), onFailure: fn() },
  argTypes: { pg: V1_PG_CONTROL, payMethod: V1_PAY_METHOD_CONTROL, cards: CARD_CODES_CONTROL },
  render: (args) => <PgStoryView {...args} />,
  parameters: {
    mockIamport: { simulateWindow: true, delivery: 'auto', channels: SAMPLE_CHANNELS },
  } satisfies ShowroomParameters,
} satisfies Meta<typeof BillingKeyButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

const Discontinued = styled.p`
  margin: 0 0 ${(p) => tokens(p.theme).spacing};
  padding: ${(p) => tokens(p.theme).spacing};
  border: 1px solid ${(p) => tokens(p.theme).colors.danger};
  border-radius: ${(p) => tokens(p.theme).radius};
  color: ${(p) => tokens(p.theme).colors.text};
  font-family: ${(p) => tokens(p.theme).fontFamily};
  & strong {
    display: block;
    color: ${(p) => tokens(p.theme).colors.danger};
  }
`;

const codeOf = (pg: string) => pg.split('.')[0] as PgCode;

/** The button with its result line; a discontinued PG says so above it, with its developer notes (English, from PG_DOCS). */
function PgStoryView(props: Parameters<typeof BillingKeyButton>[0]) {
  const { locale } = useUiMessages();
  const rule = ruleOf(codeOf(props.pg));
  return (
    <div>
      {rule.status === 'discontinued' && (
        <Discontinued data-discontinued="">
          <strong>
            {STORY_TEXT[locale].discontinued}: {PG_LABELS[codeOf(props.pg)][locale]}
          </strong>
          <span lang="en">{PG_DOCS[codeOf(props.pg)].notes.join(' ')}</span>
        </Discontinued>
      )}
      <RoundTripDemo {...props} />
    </div>
  );
}

/** The `<dd>` after the simulated window's `<dt>` named `term`. */
function windowRow(dialog: HTMLElement, term: string): HTMLElement {
  const dt = [...dialog.querySelectorAll('dt')].find((el) => el.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`the simulated window has no row "${term}"`);
  return dd;
}

interface Expected {
  /** `result.charged`, as pg-facts.md states it for this PG, method and amount. */
  charged: boolean;
  /** The amount the window shows (KRW), when it is not the request's. */
  windowAmount?: number;
  /** The window shows no amount at all (Toss BrandPay). */
  noAmountShown?: boolean;
  /** Extra checks of the open window. */
  window?: (dialog: HTMLElement, ctx: Ctx) => Promise<void>;
}

/**
 * Opens the PG's window, checks what was sent and what the window shows, approves, and checks the page reports the key
 * with `charged` as expected — by callback, or after the redirect back to the page.
 */
async function approveIn(ctx: Ctx, expected: Expected) {
  const t = textsFor(ctx.globals);
  const args = ctx.args as SampleRequest & typeof ctx.args;
  const pg = codeOf(args.pg);
  const rule = ruleOf(pg);
  const canvas = within(ctx.canvasElement);
  const amount = args.amount ?? 0;

  if (rule.status === 'discontinued') {
    const note = ctx.canvasElement.querySelector<HTMLElement>('[data-discontinued]');
    await expect(note).toBeVisible();
    await expect(note).toHaveTextContent(V1_PG_ADVICE[pg]!.endedOn!);
  }

  const button = canvas.getByRole('button', { name: t.ui.button.label });
  await userEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: format(t.window.title, { pg: t.pgName(pg) }) });

  // What the library sent for this PG's rules.
  const sent = showroomMock().lastRequest();
  // A PG without a public pg code is selected by its channel key alone.
  await expect(sent.pg).toBe(rule.channelKeyOnly ? undefined : args.pg);
  await expect(sent.channelKey).toBe(args.channelKey);
  const sentMethod =
    rule.payMethodDefault === 'never'
      ? undefined
      : rule.payMethodDefault === 'omit'
        ? args.payMethod
        : (args.payMethod ?? methodsOf(pg)[0]);
  await expect(sent.pay_method).toBe(sentMethod);
  await expect(sent.customer_id).toBe(args.customerId);
  await expect(sent.amount).toBe(amount);
  for (const [key, value] of Object.entries(args.params ?? {})) await expect(sent[key]).toEqual(value);
  // The default return address goes wherever the PG may redirect on some device, even when params promise a callback
  // (Naver Pay's naverPopupMode): the page may be a phone (pg-facts.md, naverpay).
  await expect(typeof sent.m_redirect_url).toBe(mayEverRedirect(rule) ? 'string' : 'undefined');

  // What the window shows: an amount only where the window uses one (not Toss BrandPay).
  if (expected.noAmountShown) {
    await expect([...dialog.querySelectorAll('dt')].map((dt) => dt.textContent)).not.toContain(t.window.amount);
  } else {
    await expect(windowRow(dialog, t.window.amount)).toHaveTextContent(
      t.amount(expected.windowAmount ?? amount, args.params?.currency),
    );
  }
  await expect(windowRow(dialog, t.window.payMethod)).toHaveTextContent(sent.pay_method ?? t.window.buyerChooses);
  await expect(windowRow(dialog, 'customer_uid')).toHaveTextContent(args.customerUid);
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expected.window?.(dialog, ctx);

  await userEvent.click(within(dialog).getByRole('button', { name: t.window.approve }));
  // pg-facts.md's statement for this PG, method and amount, and the rules table agree.
  await expect(isCharged(rule, amount, args.payMethod)).toBe(expected.charged);
  await waitFor(() =>
    expect(ctx.args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ customerUid: args.customerUid, pg: args.pg, amount, charged: expected.charged }),
    ),
  );
  await expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1);
  await expect(ctx.args.onFailure).not.toHaveBeenCalled();
  await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  const line = resultLineIn(ctx.canvasElement);
  await expect(line).toHaveTextContent(args.customerUid);
  if (expected.charged) await expect(line).toHaveTextContent(t.amount(amount));

  if (redirectsOnPc(pg, args.params)) {
    // The browser "left" the checkout for the PG and came back: the address is clean again.
    await expect(new URL(window.location.href).searchParams.has('imp_uid')).toBe(false);
    await expect(canvas.queryByRole('button')).toBeNull();
  } else {
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(button).toHaveFocus();
  }
}

/** A story for one PG and pay method (default: its first), with a valid request, approved in the simulated window. */
function pgStory(pg: PgCode, payMethod: PayMethod | undefined, expected: Expected, extraParams?: Record<string, unknown>): Story {
  const request = requestFor(pg, payMethod);
  const params = extraParams ? { ...request.params, ...extraParams } : request.params;
  return { args: { ...request, ...(params ? { params } : {}) }, play: whenTesting((ctx) => approveIn(ctx, expected)) };
}

const keyOnly: Expected = { charged: false };
const chargedNow: Expected = { charged: true };

// Card windows.
export const KgInicis = pgStory('html5_inicis', undefined, keyOnly);
/** Danal card at amount 0: the window says 10 KRW is charged and cancelled about 30 minutes later (no `charged`). */
export const DanalCard = pgStory('danal_tpay', undefined, {
  charged: false,
  window: async (dialog, ctx) => {
    const t = textsFor(ctx.globals);
    const testCharge = format(t.ui.notice.testCharge, { amount: t.amount(10) });
    await expect(windowRow(dialog, t.window.charge)).toHaveTextContent(testCharge);
    await expect(within(ctx.canvasElement).getByRole('note')).toHaveTextContent(testCharge);
  },
});
export const NhnKcp = pgStory('kcp_billing', undefined, keyOnly);
export const Kicc = pgStory('kicc', undefined, keyOnly);
export const TossPayments = pgStory('tosspayments', undefined, keyOnly);
export const Smartro = pgStory('smartro_v2', undefined, keyOnly);
export const WelcomeCard = pgStory('welcome', 'card', keyOnly);
/** Galaxia card at amount 0: the window shows 1,000 KRW, yet nothing is charged; the page tells the buyer first. */
export const GalaxiaCard = pgStory('galaxia', 'card', {
  charged: false,
  windowAmount: 1000,
  window: async (dialog, ctx) => {
    const t = textsFor(ctx.globals);
    const shows = format(t.ui.notice.windowShowsAmount, { amount: t.amount(1000) });
    await expect(windowRow(dialog, t.window.charge)).toHaveTextContent(shows);
    await expect(within(ctx.canvasElement).getByRole('note')).toHaveTextContent(shows);
  },
});
export const Paymentwall = pgStory('paymentwall', undefined, chargedNow);
/**
 * Toss BrandPay (2026-12): no public pg code, so only the channel key is sent; the buyer picks a saved card or bank
 * account inside BrandPay's iframe, nothing is charged, and the page says so.
 */
export const TossBrandPay = pgStory('toss_brandpay', undefined, {
  charged: false,
  noAmountShown: true,
  window: async (_dialog, ctx) => {
    const t = textsFor(ctx.globals);
    await expect(within(ctx.canvasElement).getByRole('note')).toHaveTextContent(t.ui.notice.nothingChargedNow);
  },
});
/** KG파이낸셜's new module, card at amount 0 (2026-12): the key only, with `customerId`; selected by channel key alone. */
export const KgFinancialCard = pgStory('mobilians_v2', 'card', keyOnly);
/** KG파이낸셜's new module, phone: the first payment is charged with the key. */
export const KgFinancialPhone = pgStory('mobilians_v2', 'phone', chargedNow);
/**
 * Payletter global cards (2026-12): the key comes only with a first payment, which may stay pending; no pay_method is
 * sent and the buyer hears that the payment may be confirmed later.
 */
export const PayletterGlobal: Story = {
  ...pgStory('payletter_global', undefined, {
    charged: true,
    window: async (_dialog, ctx) => {
      const t = textsFor(ctx.globals);
      await expect(within(ctx.canvasElement).getByRole('note')).toHaveTextContent(t.ui.notice.mayStayPending);
    },
  }),
  // The developer hears it too: a success does not prove the pending payment.
  parameters: { devWarnings: ['payletter_global: the first payment may stay pending'] } satisfies ShowroomParameters,
};

// Phone billing: a real first payment; later charges the same amount each month.
export const DanalPhone = pgStory('danal', undefined, chargedNow);
export const KgMobiliansPhone = pgStory('mobilians', undefined, chargedNow);
/** Welcome phone: charged with the key (card at Welcome only issues the key). */
export const WelcomePhone = pgStory('welcome', 'phone', chargedNow);
/** Galaxia phone: charged with the key (card at Galaxia only issues the key). */
export const GalaxiaPhone = pgStory('galaxia', 'phone', chargedNow);

// Easy pay and bank account.
export const Payco = pgStory('payco', undefined, keyOnly);
export const KakaoPay = pgStory('kakaopay', undefined, keyOnly);
/** Naver Pay with `naverPopupMode: true`: a popup that calls back. */
export const NaverPayPopup = pgStory('naverpay', undefined, keyOnly, { naverPopupMode: true });
/** Naver Pay without `naverPopupMode`: the window redirects back to the page, on PC too. */
export const NaverPayPage = pgStory('naverpay', undefined, keyOnly);
export const TossPay = pgStory('tosspay_v2', undefined, keyOnly);
export const HectoBankAccount = pgStory('settle_acc', undefined, keyOnly);
export const NiceNaverPayCard = pgStory('nice_v2', 'naverpay_card', keyOnly);
export const NiceNaverPayPoint = pgStory('nice_v2', 'naverpay_point', keyOnly);
export const NiceKakaoPay = pgStory('nice_v2', 'kakaopay', keyOnly);

// Discontinued: they keep working for old integrations, and the story says they ended.
export const Jtnet: Story = {
  ...pgStory('jtnet', undefined, keyOnly),
  parameters: { devWarnings: ['jtnet is discontinued'] } satisfies ShowroomParameters,
};
/** CHAI redirected on PC and mobile alike. */
export const Chai: Story = {
  ...pgStory('chai', undefined, keyOnly),
  parameters: { devWarnings: ['chai is discontinued'] } satisfies ShowroomParameters,
};

/** Every PG and every pay method it takes (from `PG_RULES`) has a story. */
type StoriesPerMethod = { [P in PgCode]: { [M in keyof (typeof PG_RULES)[P]['methods']]: Story } };

// TypeScript fails here when a PG, or a pay method of a PG, is added to PG_RULES without a story above.
const PG_STORIES = {
  html5_inicis: { card: KgInicis },
  danal_tpay: { card: DanalCard },
  kcp_billing: { card: NhnKcp },
  kicc: { card: Kicc },
  payco: { card: Payco },
  kakaopay: { card: KakaoPay },
  danal: { phone: DanalPhone },
  mobilians: { phone: KgMobiliansPhone },
  paymentwall: { card: Paymentwall },
  toss_brandpay: { toss_brandpay: TossBrandPay },
  mobilians_v2: { card: KgFinancialCard, phone: KgFinancialPhone },
  payletter_global: { card: PayletterGlobal },
  tosspayments: { card: TossPayments },
  smartro_v2: { card: Smartro },
  welcome: { card: WelcomeCard, phone: WelcomePhone },
  galaxia: { card: GalaxiaCard, phone: GalaxiaPhone },
  naverpay: { card: NaverPayPopup },
  tosspay_v2: { tosspay: TossPay },
  settle_acc: { trans: HectoBankAccount },
  nice_v2: { naverpay_card: NiceNaverPayCard, naverpay_point: NiceNaverPayPoint, kakaopay: NiceKakaoPay },
  jtnet: { card: Jtnet },
  chai: { trans: Chai },
} satisfies StoriesPerMethod;

function LabelledButton(props: Parameters<typeof BillingKeyButton>[0] & { method: string }) {
  const { messages, locale } = useUiMessages();
  const { method, ...request } = props;
  return (
    <BillingKeyButton
      {...request}
    >{`${PG_LABELS[codeOf(request.pg)][locale]} (${method}): ${messages.button.label}`}</BillingKeyButton>
  );
}

const everyMethod = () => (Object.keys(PG_RULES) as PgCode[]).flatMap((pg) => methodsOf(pg).map((method) => ({ pg, method })));

/**
 * Every PG and pay method in the rules table, generated from it: a new row in `PG_RULES` shows up here by itself, with
 * its notice at the plan price. Its play function checks that the stories above cover the table and that every sample
 * request passes the library's own validation.
 */
export const EveryPgAndMethod: Story = {
  render: (args) => (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 24 }}>
      {everyMethod().map(({ pg, method }) => (
        <li key={`${pg}-${method}`}>
          <LabelledButton
            {...args}
            {...requestFor(pg, method, `member_42_${pg}_${method}`)}
            amount={PLAN_PRICE}
            method={method}
          />
        </li>
      ))}
    </ul>
  ),
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const canvas = within(ctx.canvasElement);
    const stories = PG_STORIES as Record<string, Record<string, Story>>;
    await expect(Object.keys(stories).sort()).toEqual(Object.keys(PG_RULES).sort());
    for (const pg of Object.keys(PG_RULES) as PgCode[]) await expect(Object.keys(stories[pg]!)).toEqual(methodsOf(pg));

    const messages = coreMessagesFor(t.locale);
    for (const { pg, method } of everyMethod()) {
      const request = { ...requestFor(pg, method), amount: PLAN_PRICE };
      await expect(() => prepareRequest(request, { messages, currentUrl: window.location.href })).not.toThrow();
      await expect(canvas.getByRole('button', { name: `${t.pgName(pg)} (${method}): ${t.ui.button.label}` })).toBeEnabled();
    }
    await expect(canvas.getAllByRole('button')).toHaveLength(everyMethod().length);
  }),
};
