import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { PayPalBillingButton, type BillingKeyResult } from '../src';
import { whenTesting } from './support/play';
import { payPalDemo, payPalPlays } from './support/paypal';
import { sampleChannelKey, showroomMock, type ShowroomParameters } from './support/showroom';

/**
 * PayPal RT for PortOne v1 (`IMP.loadUI('paypal-rt', …)`): PortOne renders PayPal's own button into the container, and
 * every click on it is an attempt. Here the test kit's simulated PayPal button stands in for it and opens the simulated
 * window: press 승인 / Approve, 거절 / Decline or 취소 / Cancel (Escape) yourself, or watch the play function do it.
 */
const meta = {
  title: 'PayPalBillingButton',
  component: PayPalBillingButton,
  args: { channelKey: sampleChannelKey('paypal_v2'), customerUid: 'member_42_paypal', onSuccess: fn(), onFailure: fn() },
  render: (args) => <PayPalDemo {...args} />,
  parameters: { mockIamport: { simulateWindow: true } } satisfies ShowroomParameters,
} satisfies Meta<typeof PayPalBillingButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The button on a merchant page that shows the saved key, or the error. */
const PayPalDemo = payPalDemo(PayPalBillingButton, (result) => result.customerUid ?? '');

const plays = payPalPlays((result: BillingKeyResult) => result.merchantUid);

/**
 * Ready: PayPal's button waits in the container; `loadUI` was called once with `pay_method: 'paypal'`, the
 * `customer_uid` and a `merchant_uid`, and nothing was clicked yet.
 */
export const Ready: Story = {
  play: whenTesting(async (ctx) => {
    await plays.ready(ctx);
    const { paypal } = showroomMock();
    await expect(paypal.loads).toHaveLength(1);
    await expect(paypal.loads[0]).toMatchObject({ pay_method: 'paypal', customer_uid: 'member_42_paypal' });
    await expect(paypal.clicks).toHaveLength(0);
  }),
};

/** Approved twice: each click is an attempt with a new `merchant_uid`, pushed with `updateLoadUIRequest`. */
export const Approved: Story = {
  play: whenTesting(async (ctx) => {
    await plays.approved(ctx);
    const { clicks } = showroomMock().paypal;
    await expect(clicks[0]?.merchant_uid).not.toBe(clicks[1]?.merchant_uid);
  }),
};

/** Declined: `PG_FAILED`; PayPal's button stays for another attempt. */
export const Declined: Story = { play: whenTesting(plays.declined) };

/** Cancelled: the buyer closes the window; `CANCELLED`. */
export const Cancelled: Story = { play: whenTesting(plays.cancelled) };

/** Verifying: the merchant's server is confirming the key (`verify` has not answered); the area is busy. */
export const Verifying: Story = {
  parameters: { iamportProvider: { verify: () => new Promise<boolean>(() => {}) } } satisfies ShowroomParameters,
  play: whenTesting(plays.verifying),
};

/**
 * One PayPal button per page (PortOne's rule): the second one fails with `INVALID_PARAMS` on `container` and renders
 * nothing (a development error says why); the first keeps working.
 */
export const SecondButtonRefused: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <PayPalDemo {...args} />
      <PayPalDemo {...args} customerUid="member_42_paypal_2" />
    </div>
  ),
  parameters: { devWarnings: ['A second PayPalBillingButton'] } satisfies ShowroomParameters,
  play: whenTesting(plays.onePerPage),
};
