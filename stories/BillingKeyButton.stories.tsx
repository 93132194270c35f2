import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { BillingKeyButton, useIamport } from '../src';
import { format } from '../src/core';
import { installMockIamport, type MockIamport } from '../src/testing';
import { useUiMessages } from '../src/components/use-ui-messages';
import {
  BillingKeyDemo,
  PLAN_PRICE,
  SDK_404_WAIT,
  SdkStatusView,
  requestFor,
  resultLineIn,
  showroomMock,
  textsFor,
  type ShowroomParameters,
} from './support/showroom';
import { whenTesting } from './support/play';
import { CARD_CODES_CONTROL, V1_PAY_METHOD_CONTROL, V1_PG_CONTROL } from './support/controls';

/**
 * The button in every state. Stories with the simulated window open a modal "PG window" on click: press 승인 / Approve,
 * 거절 / Decline or 취소 / Cancel (Escape) yourself, or watch the play function do it. Switch theme and locale in the
 * toolbar. Every PG and pay method: **Components/BillingKeyButton by PG**.
 */
const meta = {
  title: 'Components/BillingKeyButton',
  component: BillingKeyButton,
  args: { ...requestFor('html5_inicis'), onSuccess: fn(), onFailure: fn() },
  argTypes: { pg: V1_PG_CONTROL, payMethod: V1_PAY_METHOD_CONTROL, cards: CARD_CODES_CONTROL },
  render: (args) => <BillingKeyDemo {...args} />,
  parameters: { mockIamport: { simulateWindow: true } } satisfies ShowroomParameters,
} satisfies Meta<typeof BillingKeyButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

const canvasOf = (ctx: Ctx) => within(ctx.canvasElement);

/** The button's spinner: the one `aria-hidden` element inside it. */
const spinnerOf = (button: HTMLElement) => button.querySelector<HTMLElement>('[aria-hidden="true"]');

/** The visually hidden live region right after the button, which announces the busy state. */
function busyRegionOf(button: HTMLElement): HTMLElement {
  const region = button.nextElementSibling;
  if (!(region instanceof HTMLElement) || region.getAttribute('role') !== 'status') {
    throw new Error('no status region after the button');
  }
  return region;
}

/** Clicks the button and waits for the simulated window; asserts what the buyer sees meanwhile. */
async function openWindow(ctx: Ctx) {
  const t = textsFor(ctx.globals);
  const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
  await userEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  await expect(dialog).toHaveTextContent(ctx.args.customerUid);
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toHaveTextContent(t.ui.button.pending);
  await expect(spinnerOf(button)).toBeVisible();
  await expect(busyRegionOf(button)).toHaveTextContent(t.ui.button.pending);
  return { button, dialog, t };
}

/** Opens the window, approves, and checks the page reports the key (with `charged` as the story expects). */
async function approve(ctx: Ctx, charged = false) {
  const { button, dialog, t } = await openWindow(ctx);
  await userEvent.click(within(dialog).getByRole('button', { name: t.window.approve }));
  await waitFor(() =>
    expect(ctx.args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: ctx.args.customerUid, charged })),
  );
  await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent(ctx.args.customerUid);
  await expect(button).toHaveAttribute('aria-busy', 'false');
  await expect(button).toHaveTextContent(t.ui.button.label);
  await expect(spinnerOf(button)).toBeNull();
  await expect(busyRegionOf(button)).toHaveTextContent('');
  await expect(button).toHaveFocus();
  await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
}

/** Idle: the SDK is ready, nothing is open. Danal card with amount 0 shows its 10 KRW test-charge notice under the button. */
export const Idle: Story = {
  args: requestFor('danal_tpay'),
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    const testCharge = format(t.ui.notice.testCharge, { amount: t.amount(10) });
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(button).toBeEnabled();
    await expect(spinnerOf(button)).toBeNull();
    await expect(button).toHaveAccessibleDescription(testCharge);
    await expect(canvasOf(ctx).getByRole('note')).toHaveTextContent(testCharge);
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }),
};

// The SDK script that never finishes: a same-origin tag of a non-JavaScript type is never fetched, so no load or error
// event comes until the story fires one. The provider's loader waits on it as on any tag already in flight.
const HANGING_SDK_URL = '/__offline__/iamport-hanging.js';
let hangingScript: HTMLScriptElement | null = null;
let lateMock: MockIamport | null = null;

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

/** What arriving late looks like: the stand-in SDK is installed and the hanging script tag reports `load`. */
function sdkArrives(ctx: Ctx) {
  lateMock = installMockIamport({ simulateWindow: true, locale: textsFor(ctx.globals).locale });
  hangingScript?.dispatchEvent(new Event('load'));
}

const loadingParameters = {
  mockIamport: false,
  iamportProvider: { sdkUrl: HANGING_SDK_URL, loadTimeoutMs: 10 * 60_000 },
} satisfies ShowroomParameters;

/** Clicks the button while the SDK is still loading; it must say so. */
async function clickBeforeSdk(ctx: Ctx): Promise<HTMLElement> {
  const t = textsFor(ctx.globals);
  const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
  await userEvent.click(button);
  await expect(button).toHaveTextContent(t.ui.button.loading);
  return button;
}

/** Loading SDK: the buyer clicked before the SDK arrived; the button says so and is busy. */
export const LoadingSdk: Story = {
  parameters: loadingParameters,
  beforeEach: hangSdk,
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const button = await clickBeforeSdk(ctx);
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(spinnerOf(button)).toBeVisible();
    await expect(busyRegionOf(button)).toHaveTextContent(t.ui.button.loading);
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }),
};

/** Loading SDK, then it arrives: the window the buyer asked for opens by itself. */
export const OpensWhenSdkArrives: Story = {
  parameters: loadingParameters,
  beforeEach: hangSdk,
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const button = await clickBeforeSdk(ctx);
    sdkArrives(ctx);
    const dialog = await screen.findByRole('dialog');
    await expect(button).toHaveTextContent(t.ui.button.pending);
    await userEvent.click(within(dialog).getByRole('button', { name: t.window.approve }));
    await waitFor(() => expect(resultLineIn(ctx.canvasElement)).toHaveTextContent(ctx.args.customerUid));
    await expect(lateMock!.requests).toHaveLength(1);
  }),
};

function SdkStatus() {
  return <SdkStatusView {...useIamport()} />;
}

/**
 * SDK failed with retry: the SDK address answers 404 (offline), so the page shows `SDK_LOAD_FAILED` and a retry button
 * (`useIamport().retry`). The play function then brings the SDK back and retries; the next click opens the window.
 */
export const SdkFailedWithRetry: Story = {
  // The SDK's address answers 404 on purpose: the static Storybook check expects those failed loads here.
  tags: ['sdk-offline'],
  parameters: { mockIamport: false } satisfies ShowroomParameters,
  beforeEach: () => () => {
    lateMock?.uninstall();
    lateMock = null;
  },
  render: (args) => (
    <>
      <SdkStatus />
      <BillingKeyDemo {...args} />
    </>
  ),
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const canvas = canvasOf(ctx);
    const alert = await canvas.findByRole('alert', {}, SDK_404_WAIT);
    await expect(alert).toHaveTextContent('SDK_LOAD_FAILED');
    await expect(alert).toHaveTextContent(t.core.errors.SDK_LOAD_FAILED);

    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'SDK_LOAD_FAILED' })));

    lateMock = installMockIamport({ simulateWindow: true, locale: t.locale });
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(t.story.retry) }));
    await expect(await canvas.findByText(t.story.sdk.ready)).toBeVisible();
    await approve(ctx);
  }),
};

/** Pending: the PG window is open; the button is busy (spinner, `aria-busy`) and says to continue there. */
export const Pending: Story = {
  play: whenTesting(async (ctx) => {
    await openWindow(ctx);
  }),
};

/** Success: approved; the page shows the key. KG Inicis at amount 0 issues the key only (`charged: false`). */
export const Success: Story = {
  play: whenTesting((ctx) => approve(ctx, false)),
};

/** Charged with the key: Kakao Pay approves the 9,900 KRW together with the key (`charged: true`); the page says so first. */
export const ChargedWithTheKey: Story = {
  args: { ...requestFor('kakaopay'), amount: PLAN_PRICE },
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    await expect(canvasOf(ctx).getByRole('note')).toHaveTextContent(
      format(t.ui.notice.chargedNow, { amount: t.amount(PLAN_PRICE) }),
    );
    await approve(ctx, true);
    await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent(t.amount(PLAN_PRICE));
  }),
};

/** Display only: KG Inicis shows the 9,900 KRW but does not charge it (`charged: false`); charge it from your server. */
export const DisplayOnlyAmount: Story = {
  args: { amount: PLAN_PRICE },
  parameters: { devWarnings: ['html5_inicis: amount 9900 is only shown'] } satisfies ShowroomParameters,
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    await expect(canvasOf(ctx).getByRole('note')).toHaveTextContent(
      format(t.ui.notice.displayOnly, { amount: t.amount(PLAN_PRICE) }),
    );
    await approve(ctx, false);
    await expect(resultLineIn(ctx.canvasElement)).not.toHaveTextContent(t.amount(PLAN_PRICE));
  }),
};

const CUSTOM_LABEL = { ko: '월 9,900원 구독 시작하기', en: 'Start the 9,900 KRW monthly plan' };

function CustomLabelDemo(props: Parameters<typeof BillingKeyDemo>[0]) {
  const { locale } = useUiMessages();
  return <BillingKeyDemo {...props}>{CUSTOM_LABEL[locale]}</BillingKeyDemo>;
}

/**
 * A custom label stays while busy: the button shows a spinner beside it, is `aria-busy`, and the hidden status region
 * announces "continue in the payment window". The stand-in holds the answer (`answer: 'manual'`, no simulated window)
 * so the busy state can be looked at — click the button to see it; the play function answers after its checks.
 */
export const CustomLabelBusy: Story = {
  parameters: { mockIamport: { answer: 'manual', simulateWindow: false } } satisfies ShowroomParameters,
  render: (args) => <CustomLabelDemo {...args} />,
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const label = CUSTOM_LABEL[t.locale];
    const button = canvasOf(ctx).getByRole('button', { name: label });
    await expect(spinnerOf(button)).toBeNull();
    await userEvent.click(button);

    await waitFor(() => expect(showroomMock().pending).toHaveLength(1));
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAccessibleName(label);
    await expect(button).toHaveTextContent(label);
    await expect(button).not.toHaveTextContent(t.ui.button.pending);
    const spinner = spinnerOf(button)!;
    await expect(spinner).toBeVisible();
    await expect(getComputedStyle(spinner).animationName).not.toBe('none');
    await expect(spinner.getBoundingClientRect().width).toBeGreaterThan(0);
    await expect(busyRegionOf(button)).toHaveTextContent(t.ui.button.pending);

    // A second click while busy opens nothing.
    await userEvent.click(button);
    await expect(showroomMock().requests).toHaveLength(1);

    showroomMock().answer('success');
    await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(button).toHaveTextContent(label);
    await expect(spinnerOf(button)).toBeNull();
    await expect(busyRegionOf(button)).toHaveTextContent('');
  }),
};

/** Failure: the PG refuses (scripted: no window); the page shows `PG_FAILED` with the PG's message. */
export const Failure: Story = {
  parameters: {
    mockIamport: {
      simulateWindow: false,
      outcome: 'failure',
      failure: { code: 'F400', message: '[카드사] 한도가 초과되었습니다' },
    },
  } satisfies ShowroomParameters,
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    const line = resultLineIn(ctx.canvasElement);
    await expect(line).toHaveTextContent('PG_FAILED');
    await expect(line).toHaveTextContent('한도가 초과되었습니다');
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(ctx.args.onSuccess).not.toHaveBeenCalled();
  }),
};

/** Cancelled: the buyer closes the window with Escape; the page shows `CANCELLED` and focus is back on the button. */
export const Cancelled: Story = {
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const { button } = await openWindow(ctx);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
    await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent(t.core.errors.CANCELLED);
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-busy', 'false');
  }),
};

/** Busy: while one window is open, a second button on the page gets `BUSY` and opens nothing. */
export const Busy: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <BillingKeyDemo {...args} customerUid="member_42_card_1" />
      <BillingKeyDemo {...args} customerUid="member_42_card_2" />
    </div>
  ),
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const [first, second] = canvasOf(ctx).getAllByRole('button');
    await userEvent.click(first!);
    await screen.findByRole('dialog');
    await userEvent.click(second!);
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'BUSY' })));
    await expect(resultLineIn(second!.parentElement!)).toHaveTextContent(t.core.errors.BUSY);
    await expect(first).toHaveAttribute('aria-busy', 'true');
    await expect(first).toHaveTextContent(t.ui.button.pending);
    await expect(second).toHaveAttribute('aria-busy', 'false');
    await expect(screen.getAllByRole('dialog')).toHaveLength(1);
    await expect(showroomMock().requests).toHaveLength(1);
  }),
};
