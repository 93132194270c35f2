import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { formatAmount } from '../../src/texts/format-amount';
import { installMockPortOne, type MockPortOne } from '../../src/testing';
import { BillingKeyButton, type BillingKeyRequest, type PgCode } from '../../src/v2';
import { whenTesting } from '../support/play';
import { resultLineIn } from '../support/showroom';
import { V2Demo, v2ArgsFor, v2TextsFor, type V2ShowroomParameters } from './support';

/**
 * Issue and pay (`PortOne.requestIssueBillingKeyAndPay`): KG Inicis, Welcome and Galaxia issue phone (`MOBILE`) keys
 * only together with a first payment, Eximbay and Payletter every key. The v2 button takes `payment: { orderName,
 * totalAmount, currency? }`; the notice under it says the amount is charged now, and the result has `charged: true`
 * and `payment: { paymentId, txId }`. Press 승인 / Approve, 거절 / Decline or 취소 / Cancel in the simulated window.
 */
const PAYMENT = { orderName: '월간 이용권', totalAmount: 9900 };

/** A phone issue-and-pay request as each PG's v2 page writes it (KG Inicis phone payments need `productType`). */
const phone = (pg: 'inicis_v2' | 'welcome' | 'galaxia'): BillingKeyRequest => {
  const sample = v2ArgsFor(pg);
  return {
    ...sample,
    billingKeyMethod: 'MOBILE',
    payment: PAYMENT,
    ...(pg === 'inicis_v2' && { params: { ...sample.params, productType: 'PRODUCT_TYPE_DIGITAL' } }),
  };
};

const meta = {
  title: 'V2/Issue and pay',
  component: BillingKeyButton,
  args: { ...phone('welcome'), onSuccess: fn(), onFailure: fn() },
  render: (args) => <V2Demo {...args} />,
  parameters: { portOneProvider: {}, mockPortOne: { simulateWindow: true, pg: 'welcome' } } satisfies V2ShowroomParameters,
} satisfies Meta<typeof BillingKeyButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

/** The amount as the notice and the window write it. */
const amountOf = (ctx: Ctx) =>
  formatAmount(ctx.args.payment?.totalAmount ?? 0, v2TextsFor(ctx.globals).locale, ctx.args.payment?.currency, 'minor');

/** Checks the notice, clicks, and waits for the simulated window of the first payment. */
async function openWindow(ctx: Ctx) {
  const t = v2TextsFor(ctx.globals);
  const canvas = within(ctx.canvasElement);
  const button = canvas.getByRole('button', { name: t.ui.button.label });
  // Before the window: the buyer is told that the first payment is charged now.
  await expect(button).toHaveAccessibleDescription(expect.stringContaining(amountOf(ctx)));
  await userEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  await expect(dialog).toHaveAccessibleName(expect.stringContaining(t.pgName(ctx.args.pg)));
  await expect(dialog).toHaveTextContent('paymentId');
  await expect(dialog).toHaveTextContent(amountOf(ctx));
  await expect(button).toHaveAttribute('aria-busy', 'true');
  return { button, dialog, t };
}

/** Approves: the key comes with the approved first payment. */
async function approve(ctx: Ctx) {
  const { button, dialog, t } = await openWindow(ctx);
  if (ctx.args.billingKeyMethod === 'MOBILE') await expect(dialog).toHaveTextContent('MOBILE');
  await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
  await waitFor(() =>
    expect(ctx.args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({
        pg: ctx.args.pg,
        billingKey: expect.stringMatching(/^billing-key-/),
        charged: true,
        payment: { paymentId: expect.stringMatching(/./), txId: expect.stringMatching(/^tx-/) },
      }),
    ),
  );
  await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent('billing-key-');
  await expect(button).toHaveAttribute('aria-busy', 'false');
  await expect(button).toHaveFocus();
}

/** One story per PG: its sample request with a first payment, approved in the simulated window. */
const story = (pg: PgCode, args: BillingKeyRequest): Story => ({
  // Story args are laid over the default's (Welcome phone): what this PG's request leaves out is cleared.
  args: { billingKeyMethod: undefined, params: undefined, ...args },
  parameters: { mockPortOne: { simulateWindow: true, pg } } satisfies V2ShowroomParameters,
  play: whenTesting(approve),
});

/** KG Inicis phone billing: `billingKeyMethod: 'MOBILE'` with a first payment and `productType`. */
export const KgInicisPhone = story('inicis_v2', phone('inicis_v2'));
/** Welcome Payments phone billing with a first payment. */
export const WelcomePhone = story('welcome', phone('welcome'));
/** Galaxia Money Tree phone billing with a first payment. */
export const GalaxiaPhone = story('galaxia', phone('galaxia'));
/** Eximbay issues every key with a first payment (USD here, in cents: 990 = US$9.90); no `billingKeyAndPayMethod`. */
export const Eximbay = story('eximbay_v2', v2ArgsFor('eximbay_v2'));
/** Payletter (global cards): a first payment in USD; `paymentId` is generated with letters and digits only. */
export const Payletter = story('payletter_global', v2ArgsFor('payletter_global'));

/** Declines (or closes) the window: no key, no payment, the page says why, focus back on the button. */
async function refuse(ctx: Ctx, how: 'decline' | 'cancel') {
  const { button, dialog, t } = await openWindow(ctx);
  if (how === 'cancel') await userEvent.keyboard('{Escape}');
  else await userEvent.click(within(dialog).getByRole('button', { name: t.decline }));
  const code = how === 'cancel' ? 'CANCELLED' : 'PG_FAILED';
  await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code })));
  await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent(code);
  await expect(ctx.args.onSuccess).not.toHaveBeenCalled();
  await expect(button).toHaveFocus();
}

/** Declined: the first payment is refused in the window; `PG_FAILED`, no key. */
export const Declined: Story = { play: whenTesting((ctx) => refuse(ctx, 'decline')) };

/** Cancelled: the buyer closes the window with Escape; `CANCELLED`, nothing charged. */
export const Cancelled: Story = { play: whenTesting((ctx) => refuse(ctx, 'cancel')) };

// The story below answers the window itself: it installs its own stand-in in manual mode.
let manual: MockPortOne | null = null;

/**
 * Key issued, payment failed: PortOne answers with a `code` **and** a `billingKey`. That is `PG_FAILED`, and
 * `error.result` carries the key (`charged: false`) so the shop's server can delete or reuse it.
 */
export const KeyIssuedPaymentFailed: Story = {
  parameters: { mockPortOne: false } satisfies V2ShowroomParameters,
  beforeEach: () => {
    manual = installMockPortOne({ answer: 'manual', pg: 'welcome' });
    return () => {
      manual?.uninstall();
      manual = null;
    };
  },
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    await userEvent.click(within(ctx.canvasElement).getByRole('button', { name: t.ui.button.label }));
    await waitFor(() => expect(manual?.pending).toHaveLength(1));
    manual!.answer({
      code: 'FAILURE_TYPE_PG',
      message: '[휴대폰] 결제 한도를 초과했습니다',
      pgCode: 'LIMIT_EXCEEDED',
      pgMessage: '결제 한도를 초과했습니다',
      billingKey: 'billing-key-issued-unpaid',
    });
    await waitFor(() =>
      expect(ctx.args.onFailure).toHaveBeenCalledWith(
        expect.objectContaining({
          code: 'PG_FAILED',
          result: expect.objectContaining({ billingKey: 'billing-key-issued-unpaid', charged: false }),
        }),
      ),
    );
    await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent('PG_FAILED');
  }),
};
