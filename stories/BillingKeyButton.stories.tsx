import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { BillingKeyButton, PG_RULES, getPgRule, pgCodeOf, useIamport, type PgCode } from '../src';
import { isCharged } from '../src/core/pg-rules';
import { installMockIamport, type MockIamport } from '../src/testing';
import { useUiMessages } from '../src/components/use-ui-messages';
import { PG_NAMES } from '../src/i18n/pg-names';
import { BillingKeyDemo, PLAN_PRICE, ResultLine, argsFor, textsFor, type ShowroomParameters } from './support/showroom';

/**
 * The button in every state and for every PG. Stories with the simulated window open a modal "PG window" on click:
 * press 승인 / Approve, 거절 / Decline or 취소 / Cancel (Escape) yourself, or watch the play function do it.
 * Switch theme and locale in the toolbar.
 */
const meta = {
  title: 'Components/BillingKeyButton',
  component: BillingKeyButton,
  args: { ...argsFor('jtnet'), onSuccess: fn(), onFailure: fn() },
  render: (args) => <BillingKeyDemo {...args} />,
  parameters: { mockIamport: { simulateWindow: true } } satisfies ShowroomParameters,
} satisfies Meta<typeof BillingKeyButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

const canvasOf = (ctx: Ctx) => within(ctx.canvasElement);

/** Clicks the button and waits for the simulated window; asserts what the buyer sees meanwhile. */
async function openWindow(ctx: Ctx) {
  const t = textsFor(ctx.globals);
  const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
  await userEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  await expect(dialog).toHaveAccessibleName(expect.stringContaining(t.pgNames[pgCodeOf(ctx.args.pg) as PgCode]));
  await expect(dialog).toHaveTextContent(ctx.args.customerUid);
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toHaveTextContent(t.ui.button.pending);
  return { button, dialog, t };
}

/** Opens the window, approves, and checks the page reports the key (and `charged` per the PG's rules). */
async function approve(ctx: Ctx) {
  const { button, dialog, t } = await openWindow(ctx);
  await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
  const rule = getPgRule(ctx.args.pg);
  const charged = !!rule && isCharged(rule, ctx.args.amount ?? 0);
  await waitFor(() =>
    expect(ctx.args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: ctx.args.customerUid, charged })),
  );
  await expect(within(button.parentElement!).getByRole('status')).toHaveTextContent(ctx.args.customerUid);
  await expect(button).toHaveAttribute('aria-busy', 'false');
  await expect(button).toHaveTextContent(t.ui.button.label);
  await expect(button).toHaveFocus();
  await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
}

/** One story per PG: its rules pick the amount (0 unless the PG refuses it); approve in the simulated window. */
const pgStory = (pg: PgCode): Story => ({ args: argsFor(pg), play: approve });

export const Jtnet = pgStory('jtnet');
export const KgInicis = pgStory('html5_inicis');
export const DanalCard = pgStory('danal_tpay');
export const NhnKcp = pgStory('kcp_billing');
export const Kicc = pgStory('kicc');
export const Payco = pgStory('payco');
export const KakaoPay = pgStory('kakaopay');
export const Chai = pgStory('chai');
export const DanalPhone = pgStory('danal');
export const KgMobiliansPhone = pgStory('mobilians');
export const Paymentwall = pgStory('paymentwall');

// TypeScript fails here when a PG is added to PG_RULES without a story above.
const PG_STORIES = {
  jtnet: Jtnet,
  html5_inicis: KgInicis,
  danal_tpay: DanalCard,
  kcp_billing: NhnKcp,
  kicc: Kicc,
  payco: Payco,
  kakaopay: KakaoPay,
  chai: Chai,
  danal: DanalPhone,
  mobilians: KgMobiliansPhone,
  paymentwall: Paymentwall,
} satisfies Record<PgCode, Story>;

/** Every PG in the rules table, generated from it: a new row in `PG_RULES` shows up here by itself. */
export const EveryPg: Story = {
  render: (args) => (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 24 }}>
      {Object.keys(PG_RULES).map((code) => (
        <li key={code}>
          <PgLabeledDemo {...args} {...argsFor(code as PgCode, `member_42_${code}`)} />
        </li>
      ))}
    </ul>
  ),
  play: async (ctx) => {
    const t = textsFor(ctx.globals);
    await expect(Object.keys(PG_STORIES).sort()).toEqual(Object.keys(PG_RULES).sort());
    const buttons = canvasOf(ctx).getAllByRole('button');
    await expect(buttons).toHaveLength(Object.keys(PG_RULES).length);
    for (const code of Object.keys(PG_RULES)) {
      await expect(
        canvasOf(ctx).getByRole('button', { name: `${t.pgNames[code as PgCode]}: ${t.ui.button.label}` }),
      ).toBeEnabled();
    }
  },
};

function PgLabeledDemo(props: Parameters<typeof BillingKeyDemo>[0]) {
  const { messages, locale } = useUiMessages();
  return (
    <BillingKeyDemo {...props}>{`${PG_NAMES[locale][pgCodeOf(props.pg) as PgCode]}: ${messages.button.label}`}</BillingKeyDemo>
  );
}

/** Idle: the SDK is ready, nothing is open. Danal card with amount 0 shows its 10 KRW test-charge notice under the button. */
export const Idle: Story = {
  args: argsFor('danal_tpay'),
  play: async (ctx) => {
    const t = textsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(button).toBeEnabled();
    await expect(button).toHaveAccessibleDescription(expect.stringContaining('10'));
    await expect(canvasOf(ctx).getByRole('note')).toHaveTextContent('10');
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  },
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
async function clickBeforeSdk(ctx: Parameters<NonNullable<Story['play']>>[0]): Promise<HTMLElement> {
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
  play: async (ctx) => {
    const button = await clickBeforeSdk(ctx);
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** Loading SDK, then it arrives: the window the buyer asked for opens by itself. */
export const OpensWhenSdkArrives: Story = {
  parameters: loadingParameters,
  beforeEach: hangSdk,
  play: async (ctx) => {
    const t = textsFor(ctx.globals);
    const button = await clickBeforeSdk(ctx);
    sdkArrives(ctx);
    const dialog = await screen.findByRole('dialog');
    await expect(button).toHaveTextContent(t.ui.button.pending);
    await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));
    await expect(await canvasOf(ctx).findByText(new RegExp(ctx.args.customerUid))).toBeVisible();
  },
};

/** The SDK's state as a checkout would show it, with a retry button after a failed load. */
function SdkStatus() {
  const { status, error, retry } = useIamport();
  const [attempts, setAttempts] = useState(1);
  const { story } = textsFor({ locale: useUiMessages().locale });
  return (
    <div>
      <ResultLine role={status === 'error' ? 'alert' : 'status'} $failed={status === 'error'}>
        {story.sdk[status]}
        {error ? ` (${error.code}): ${error.message}` : ''}
      </ResultLine>
      {status === 'error' && (
        <button
          type="button"
          onClick={() => {
            setAttempts((n) => n + 1);
            retry();
          }}
        >
          {story.retry} ({attempts})
        </button>
      )}
    </div>
  );
}

/**
 * SDK failed with retry: the SDK address answers 404 (offline), so the page shows `SDK_LOAD_FAILED` and a retry button
 * (`useIamport().retry`). The play function then brings the SDK back and retries; the next click opens the window.
 */
export const SdkFailedWithRetry: Story = {
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
  play: async (ctx) => {
    const t = textsFor(ctx.globals);
    const canvas = canvasOf(ctx);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('SDK_LOAD_FAILED');

    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'SDK_LOAD_FAILED' })));

    lateMock = installMockIamport({ simulateWindow: true, locale: t.locale });
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(t.story.retry) }));
    await expect(await canvas.findByText(t.story.sdk.ready)).toBeVisible();
    await approve(ctx);
  },
};

/** Pending: the PG window is open; the button is busy and says to continue there. */
export const Pending: Story = {
  play: async (ctx) => {
    await openWindow(ctx);
  },
};

/** Success: approved; the page shows the key. JTNet with an amount charges it together with the issuance. */
export const Success: Story = {
  args: { amount: PLAN_PRICE },
  play: async (ctx) => {
    await approve(ctx);
    await expect(canvasOf(ctx).getByRole('status')).toHaveTextContent(
      PLAN_PRICE.toLocaleString(textsFor(ctx.globals).locale === 'en' ? 'en-US' : 'ko-KR'),
    );
  },
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
  play: async (ctx) => {
    const t = textsFor(ctx.globals);
    const button = canvasOf(ctx).getByRole('button', { name: t.ui.button.label });
    await userEvent.click(button);
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    await expect(canvasOf(ctx).getByRole('status')).toHaveTextContent('PG_FAILED');
    await expect(canvasOf(ctx).getByRole('status')).toHaveTextContent('한도가 초과되었습니다');
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(ctx.args.onSuccess).not.toHaveBeenCalled();
  },
};

/** Cancelled: the buyer closes the window with Escape; the page shows `CANCELLED` and focus is back on the button. */
export const Cancelled: Story = {
  play: async (ctx) => {
    const { button } = await openWindow(ctx);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
    await expect(canvasOf(ctx).getByRole('status')).toHaveTextContent('CANCELLED');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-busy', 'false');
  },
};

/** Busy: while one window is open, a second button on the page gets `BUSY` and opens nothing. */
export const Busy: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <BillingKeyDemo {...args} customerUid="member_42_card_1" />
      <BillingKeyDemo {...args} customerUid="member_42_card_2" />
    </div>
  ),
  play: async (ctx) => {
    const t = textsFor(ctx.globals);
    const [first, second] = canvasOf(ctx).getAllByRole('button');
    await userEvent.click(first!);
    await screen.findByRole('dialog');
    await userEvent.click(second!);
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'BUSY' })));
    const [, secondStatus] = canvasOf(ctx).getAllByRole('status');
    await expect(secondStatus).toHaveTextContent('BUSY');
    await expect(first).toHaveAttribute('aria-busy', 'true');
    await expect(first).toHaveTextContent(t.ui.button.pending);
    await expect(screen.getAllByRole('dialog')).toHaveLength(1);
  },
};
