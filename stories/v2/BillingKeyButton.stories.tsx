import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { useUiMessages } from '../../src/components/use-ui-messages';
import { installMockPortOne, type MockPortOne } from '../../src/testing';
import { BillingKeyButton, PG_RULES, usePortOne, type BillingKeyResult, type PgCode } from '../../src/v2';
import { resultLineIn, SDK_404_WAIT, SdkStatusView, textsFor } from '../support/showroom';
import { V2_CHANNEL_KEY, V2Demo, v2ArgsFor, v2TextsFor, type V2ShowroomParameters } from './support';
import { whenTesting } from '../support/play';
import { V2_PG_CONTROL } from '../support/controls';

/**
 * The v2 button (`react-billing-key/v2`, `PortOne.requestIssueBillingKey`) in every state and for every v2 PG, inside a
 * `PortOneProvider`. Stories with the simulated window open a modal "PG window" on click: press 승인 / Approve,
 * 거절 / Decline or 취소 / Cancel (Escape) yourself, or watch the play function do it. Theme and locale in the toolbar.
 */
const meta = {
  title: 'V2/BillingKeyButton',
  component: BillingKeyButton,
  args: { ...v2ArgsFor('tosspayments'), onSuccess: fn(), onFailure: fn() },
  argTypes: { pg: V2_PG_CONTROL },
  render: (args) => <V2Demo {...args} />,
  parameters: { portOneProvider: {}, mockPortOne: { simulateWindow: true, pg: 'tosspayments' } } satisfies V2ShowroomParameters,
} satisfies Meta<typeof BillingKeyButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

const canvasOf = (ctx: Ctx) => within(ctx.canvasElement);
/** The merchant page's result line (the button has its own, visually hidden, status region too). */
const resultOf = (ctx: Ctx) => resultLineIn(ctx.canvasElement);

/** Clicks the button and waits for the simulated window; asserts what the buyer sees meanwhile. */
async function openWindow(ctx: Ctx) {
  const t = v2TextsFor(ctx.globals);
  const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
  await userEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  await expect(dialog).toHaveAccessibleName(expect.stringContaining(t.pgName(ctx.args.pg)));
  await expect(dialog).toHaveTextContent(PG_RULES[ctx.args.pg].methods[0] ?? '');
  await expect(dialog).toHaveTextContent('issueId');
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toHaveTextContent(t.ui.button.pending);
  return { button, dialog, t };
}

/** Opens the window, approves, and checks the page reports the key. */
async function approve(ctx: Ctx) {
  const { button, dialog, t } = await openWindow(ctx);
  await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
  await waitFor(() =>
    expect(ctx.args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ pg: ctx.args.pg, billingKey: expect.stringMatching(/^billing-key-/), needsConfirmation: false }),
    ),
  );
  await expect(resultOf(ctx)).toHaveTextContent('billing-key-');
  await expect(button).toHaveAttribute('aria-busy', 'false');
  await expect(button).toHaveTextContent(t.ui.button.label);
  await expect(button).toHaveFocus();
  await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
}

/** One story per v2 PG: its sample request (as its v2 page writes it); approve in the simulated window. */
const pgStory = (pg: PgCode): Story => ({
  args: v2ArgsFor(pg),
  parameters: { mockPortOne: { simulateWindow: true, pg } } satisfies V2ShowroomParameters,
  play: whenTesting(approve),
});

export const TossPayments = pgStory('tosspayments');
export const KgInicis = pgStory('inicis_v2');
export const NhnKcp = pgStory('kcp_v2');
export const Kpn = pgStory('kpn');
export const NicePayments = pgStory('nice_v2');
export const Smartro = pgStory('smartro_v2');
export const WelcomePayments = pgStory('welcome');
export const Galaxia = pgStory('galaxia');
export const KakaoPay = pgStory('kakaopay');
export const NaverPay = pgStory('naverpay');
export const TossPay = pgStory('tosspay_v2');

/** Toss Payments 퀵계좌이체 (`billingKeyMethod: 'TRANSFER'`, since 2026-06-23): the window registers a bank account. */
export const TossPaymentsTransfer: Story = {
  args: { ...v2ArgsFor('tosspayments'), billingKeyMethod: 'TRANSFER' },
  parameters: { mockPortOne: { simulateWindow: true, pg: 'tosspayments' } } satisfies V2ShowroomParameters,
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    await userEvent.click(canvasOf(ctx).getByRole('button', { name: t.ui.button.label }));
    const dialog = await screen.findByRole('dialog');
    await expect(dialog).toHaveTextContent('TRANSFER');
    await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
    await waitFor(() =>
      expect(ctx.args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ pg: 'tosspayments', billingKey: expect.stringMatching(/^billing-key-/) }),
      ),
    );
    await expect(resultOf(ctx)).toHaveTextContent('billing-key-');
  }),
};

// TypeScript fails here when a PG is added to the v2 rules without a story above.
const PG_STORIES = {
  tosspayments: TossPayments,
  inicis_v2: KgInicis,
  kcp_v2: NhnKcp,
  kpn: Kpn,
  nice_v2: NicePayments,
  smartro_v2: Smartro,
  welcome: WelcomePayments,
  galaxia: Galaxia,
  kakaopay: KakaoPay,
  naverpay: NaverPay,
  tosspay_v2: TossPay,
  // Issue-and-pay-only PGs have their stories in IssueAndPay.stories.tsx.
} satisfies Record<Exclude<PgCode, 'eximbay_v2' | 'payletter_global'>, Story>;

/** Every v2 PG, generated from the rules table: a new row shows up here by itself, with its notice. */
export const EveryPg: Story = {
  render: (args) => (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 24 }}>
      {(Object.keys(PG_RULES) as PgCode[]).map((pg) => (
        <li key={pg}>
          <PgLabeledDemo {...args} {...v2ArgsFor(pg)} />
        </li>
      ))}
    </ul>
  ),
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    // Every PG with a window of its own has a story above; the issue-and-pay-only ones (no window `methods`) have theirs
    // in IssueAndPay.stories.tsx.
    const windowPgs = (Object.keys(PG_RULES) as PgCode[]).filter((pg) => PG_RULES[pg].methods.length > 0);
    await expect(Object.keys(PG_STORIES).sort()).toEqual(windowPgs.sort());
    await expect(canvasOf(ctx).getAllByRole('button')).toHaveLength(Object.keys(PG_RULES).length);
    for (const pg of Object.keys(PG_RULES) as PgCode[]) {
      await expect(canvasOf(ctx).getByRole('button', { name: `${t.pgName(pg)}: ${t.ui.button.label}` })).toBeEnabled();
    }
  }),
};

function PgLabeledDemo(props: Parameters<typeof V2Demo>[0]) {
  const t = v2TextsFor({ locale: useUiMessages().locale });
  return <V2Demo {...props}>{`${t.pgName(props.pg)}: ${t.ui.button.label}`}</V2Demo>;
}

/** Idle: Galaxia with nothing to charge; its window shows 1,000 KRW anyway, and the notice under the button says so. */
export const Idle: Story = {
  args: v2ArgsFor('galaxia'),
  parameters: { mockPortOne: { simulateWindow: true, pg: 'galaxia' } } satisfies V2ShowroomParameters,
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(button).toHaveAccessibleDescription(expect.stringContaining('1,000'));
    await expect(canvasOf(ctx).getByRole('note')).toHaveTextContent('1,000');
  }),
};

/** Pending: the PG window is open; the button is busy and says to continue there. */
export const Pending: Story = {
  play: whenTesting(async (ctx) => {
    await openWindow(ctx);
  }),
};

/** Failure: the PG refuses; the page shows `PG_FAILED` with the PG's own message. */
export const Failure: Story = {
  parameters: {
    mockPortOne: {
      simulateWindow: false,
      outcome: 'failure',
      failure: { pgCode: 'EXCEED_MAX_AMOUNT', pgMessage: '카드 한도가 초과되었습니다' },
    },
  } satisfies V2ShowroomParameters,
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    await waitFor(() =>
      expect(ctx.args.onFailure).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'PG_FAILED', pgCode: 'EXCEED_MAX_AMOUNT' }),
      ),
    );
    await expect(resultOf(ctx)).toHaveTextContent('카드 한도가 초과되었습니다');
    await expect(button).toHaveAttribute('aria-busy', 'false');
  }),
};

/** Declined in the window: Decline → `PG_FAILED`, focus back on the button. */
export const Declined: Story = {
  play: whenTesting(async (ctx) => {
    const { button, dialog, t } = await openWindow(ctx);
    await userEvent.click(within(dialog).getByRole('button', { name: t.decline }));
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    await expect(button).toHaveFocus();
  }),
};

/** Cancelled: the buyer closes the window with Escape; the page shows `CANCELLED`. */
export const Cancelled: Story = {
  play: whenTesting(async (ctx) => {
    const { button } = await openWindow(ctx);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
    await expect(resultOf(ctx)).toHaveTextContent('CANCELLED');
    await expect(button).toHaveFocus();
  }),
};

/**
 * Manual confirmation (수동 승인): PortOne answers `NEEDS_CONFIRMATION`; the result has `billingKey: null`,
 * `needsConfirmation: true` and the `billingIssueToken` for the merchant's server (`POST /billing-keys/confirm`).
 */
export const NeedsConfirmation: Story = {
  parameters: {
    mockPortOne: { simulateWindow: true, needsConfirmation: true },
    devWarnings: ['tosspayments: this channel uses manual confirmation'],
  } satisfies V2ShowroomParameters,
  play: whenTesting(async (ctx) => {
    const { dialog, t } = await openWindow(ctx);
    await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
    await waitFor(() =>
      expect(ctx.args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({
          billingKey: null,
          needsConfirmation: true,
          billingIssueToken: expect.stringMatching(/^billing-issue-token-/),
        }),
      ),
    );
    const result = (ctx.args.onSuccess as unknown as { mock: { calls: [BillingKeyResult][] } }).mock.calls[0]![0];
    await expect(resultOf(ctx)).toHaveTextContent(result.issueId);
  }),
};

/** Verifying: the merchant's server is confirming the key (`verify` has not answered yet); the button says so. */
export const Verifying: Story = {
  parameters: {
    portOneProvider: { verify: () => new Promise<boolean>(() => {}) },
    mockPortOne: { simulateWindow: false },
  } satisfies V2ShowroomParameters,
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveTextContent(t.ui.button.verifying));
    await expect(button).toHaveAttribute('aria-busy', 'true');
  }),
};

/** Invalid props: Smartro without `customer.customerId` fails the click with `INVALID_PARAMS`; no window opens. */
export const InvalidParams: Story = {
  args: { pg: 'smartro_v2', channelKey: V2_CHANNEL_KEY, customer: undefined },
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    await userEvent.click(canvasOf(ctx).getByRole('button', { name: t.ui.button.label }));
    await waitFor(() =>
      expect(ctx.args.onFailure).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'INVALID_PARAMS', field: 'customer.customerId' }),
      ),
    );
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }),
};

/**
 * Phone keys come only with a first payment in v2: Welcome with `billingKeyMethod: 'MOBILE'` but no `payment` is
 * refused with `INVALID_PARAMS` on `payment` (the development hint names `requestIssueBillingKeyAndPay`); no window
 * opens. With `payment` it is issue-and-pay (V2/Issue and pay).
 */
export const PhoneWithoutPayment: Story = {
  args: { ...v2ArgsFor('welcome'), billingKeyMethod: 'MOBILE' },
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    await userEvent.click(canvasOf(ctx).getByRole('button', { name: t.ui.button.label }));
    await waitFor(() =>
      expect(ctx.args.onFailure).toHaveBeenCalledWith(
        expect.objectContaining({
          code: 'INVALID_PARAMS',
          field: 'payment',
          // The hint is a development detail: a production build (the static Storybook) carries the buyer's sentence only.
          ...(process.env.NODE_ENV !== 'production' && { message: expect.stringContaining('requestIssueBillingKeyAndPay') }),
        }),
      ),
    );
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }),
};

/** Busy: while one window is open, a second button on the page gets `BUSY` and opens nothing. */
export const Busy: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <V2Demo {...args} />
      <V2Demo {...args} pg="kakaopay" />
    </div>
  ),
  play: whenTesting(async (ctx) => {
    const [first, second] = canvasOf(ctx).getAllByRole('button');
    await userEvent.click(first!);
    await screen.findByRole('dialog');
    await userEvent.click(second!);
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'BUSY' })));
    await expect(first).toHaveAttribute('aria-busy', 'true');
    await expect(screen.getAllByRole('dialog')).toHaveLength(1);
  }),
};

// The SDK script that never finishes: a same-origin tag of a non-JavaScript type is never fetched, so no load or error
// event comes until the story fires one. The provider's loader waits on it as on any tag already in flight.
const HANGING_SDK_URL = '/__offline__/portone-hanging.js';
let hangingScript: HTMLScriptElement | null = null;
let lateMock: MockPortOne | null = null;

function hangSdk() {
  hangingScript = document.createElement('script');
  hangingScript.type = 'text/plain';
  hangingScript.setAttribute('src', HANGING_SDK_URL);
  document.head.append(hangingScript);
  return () => {
    hangingScript?.remove();
    hangingScript = null;
    lateMock?.uninstall();
    lateMock = null;
  };
}

/** Loading SDK, then it arrives: the buyer clicked early; the button says it is loading, then the window opens by itself. */
export const OpensWhenSdkArrives: Story = {
  parameters: {
    mockPortOne: false,
    portOneProvider: { sdkUrl: HANGING_SDK_URL, loadTimeoutMs: 10 * 60_000 },
  } satisfies V2ShowroomParameters,
  beforeEach: hangSdk,
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    await expect(button).toHaveTextContent(t.ui.button.loading);
    await expect(button).toHaveAttribute('aria-busy', 'true');
    lateMock = installMockPortOne({ simulateWindow: true, pg: 'tosspayments', locale: t.locale });
    hangingScript?.dispatchEvent(new Event('load'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
    await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1));
  }),
};

function SdkStatus() {
  return <SdkStatusView {...usePortOne()} />;
}

/**
 * SDK failed with retry: the SDK address answers 404 (offline), so the page shows `SDK_LOAD_FAILED` and a retry button
 * (`usePortOne().retry`) — PortOne's own npm loader would keep that failure for the life of the page. The play function
 * brings the SDK back and retries; the next click opens the window.
 */
export const SdkFailedWithRetry: Story = {
  // The SDK's address answers 404 on purpose: the static Storybook check expects those failed loads here.
  tags: ['sdk-offline'],
  parameters: { mockPortOne: false } satisfies V2ShowroomParameters,
  beforeEach: () => () => {
    lateMock?.uninstall();
    lateMock = null;
  },
  render: (args) => (
    <>
      <SdkStatus />
      <V2Demo {...args} />
    </>
  ),
  play: whenTesting(async (ctx) => {
    const t = v2TextsFor(ctx.globals);
    const { story } = textsFor(ctx.globals);
    const canvas = canvasOf(ctx);
    await expect(await canvas.findByRole('alert', {}, SDK_404_WAIT)).toHaveTextContent('SDK_LOAD_FAILED');
    lateMock = installMockPortOne({ simulateWindow: true, pg: 'tosspayments', locale: t.locale });
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(story.retry) }));
    await expect(await canvas.findByText(story.sdk.ready)).toBeVisible();
    await approve(ctx);
  }),
};
