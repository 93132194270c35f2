import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { PayPalBillingButton, type BillingKeyResult } from '../../src/v2';
import { whenTesting } from '../support/play';
import { payPalDemo, payPalPlays } from '../support/paypal';
import { V2_CHANNEL_KEY, type V2ShowroomParameters } from './support';

/**
 * PayPal RT for PortOne v2 (`PortOne.loadIssueBillingKeyUI({ uiType: 'PAYPAL_RT', … })`): the same component and
 * guarantees as v1's, from `react-billing-key/v2`. The test kit's simulated PayPal button stands in for PayPal's and
 * opens the simulated window: press 승인 / Approve, 거절 / Decline or 취소 / Cancel (Escape).
 */
const meta = {
  title: 'V2/PayPalBillingButton',
  component: PayPalBillingButton,
  args: { channelKey: V2_CHANNEL_KEY, issueName: '월간 구독', onSuccess: fn(), onFailure: fn() },
  render: (args) => <PayPalDemo {...args} />,
  parameters: { portOneProvider: {}, mockPortOne: { simulateWindow: true } } satisfies V2ShowroomParameters,
} satisfies Meta<typeof PayPalBillingButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The button on a merchant page that shows the saved key, or the error. */
const PayPalDemo = payPalDemo(PayPalBillingButton, (result) => result.billingKey ?? result.issueId);

const plays = payPalPlays((result: BillingKeyResult) => result.issueId);

/** Ready: PayPal's button waits in the container (`loadIssueBillingKeyUI` ran once); nothing was clicked yet. */
export const Ready: Story = { play: whenTesting(plays.ready) };

/** Approved twice: each click is an attempt with a new `issueId`, pushed with `updateLoadIssueBillingKeyUIRequest`. */
export const Approved: Story = { play: whenTesting(plays.approved) };

/** Declined: `PG_FAILED` (PortOne's `onIssueBillingKeyFail`); PayPal's button stays for another attempt. */
export const Declined: Story = { play: whenTesting(plays.declined) };

/** Cancelled: the buyer closes the window; `CANCELLED`. */
export const Cancelled: Story = { play: whenTesting(plays.cancelled) };

/** Verifying: the merchant's server is confirming the key (`verify` has not answered); the area is busy. */
export const Verifying: Story = {
  parameters: { portOneProvider: { verify: () => new Promise<boolean>(() => {}) } } satisfies V2ShowroomParameters,
  play: whenTesting(plays.verifying),
};

/** One PayPal button per page: the second fails with `INVALID_PARAMS` on `container` and renders nothing. */
export const SecondButtonRefused: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <PayPalDemo {...args} />
      <PayPalDemo {...args} issueName="연간 구독" />
    </div>
  ),
  parameters: { devWarnings: ['A second PayPalBillingButton'] } satisfies V2ShowroomParameters,
  play: whenTesting(plays.onePerPage),
};
