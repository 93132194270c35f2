import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BillingKeyCheckout, BillingMethodPicker, SavedPaymentMethods, type CheckoutMethod } from '../../src/v2';
import { whenTesting } from '../support/play';
import { PhoneFrame, PHONE_WIDTH, SampleTerms, useMemoryServer } from '../support/method-page';
import { payPalDemo, registerPayPalInCheckout } from '../support/paypal';
import { V2_CHANNEL_KEY, type V2ShowroomParameters } from './support';

/** Card (Toss Payments), Kakao Pay, Naver Pay and Toss Pay, each on its channel. */
const METHODS: CheckoutMethod[] = [
  { id: 'card', pg: 'tosspayments', channelKey: V2_CHANNEL_KEY, billingKeyMethod: 'CARD' },
  { id: 'kakao', pg: 'kakaopay', channelKey: V2_CHANNEL_KEY },
  { id: 'naver', pg: 'naverpay', channelKey: V2_CHANNEL_KEY },
  { id: 'toss', pg: 'tosspay_v2', channelKey: V2_CHANNEL_KEY, params: { noticeUrls: ['https://shop.example/portone/webhook'] } },
];
const CUSTOMER = { customerId: 'member_42', fullName: '홍길동', phoneNumber: '010-1234-5678' };
const CONSENT = { terms: <SampleTerms />, version: '2026-12' };

function WholePage() {
  const server = useMemoryServer();
  return (
    <div style={{ display: 'grid', gap: 32, maxWidth: 480 }}>
      <BillingKeyCheckout methods={METHODS} customer={CUSTOMER} consent={CONSENT} />
      <SavedPaymentMethods load={server.load} onRemove={server.remove} methods={METHODS} customer={CUSTOMER} consent={CONSENT} />
    </div>
  );
}

const meta = {
  title: 'V2/Payment-method page',
  parameters: { portOneProvider: {} } satisfies V2ShowroomParameters,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = { canvasElement: HTMLElement; globals: Record<string, unknown> };

/** The v2 picker: CARD reads 카드 / Card, easy-pay PGs their brand. */
export const Picker: Story = { render: () => <BillingMethodPicker methods={METHODS} /> };

/** The v2 checkout: the register button waits for the consent. */
export const Checkout: Story = {
  render: () => <BillingKeyCheckout methods={METHODS} customer={CUSTOMER} consent={CONSENT} />,
  play: whenTesting(async ({ canvasElement }: Ctx) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button')).toBeDisabled();
    await userEvent.click(canvas.getByRole('checkbox'));
    await expect(canvas.getByRole('button')).toBeEnabled();
  }),
};

/** Card and PayPal RT: with PayPal chosen, PayPal's button appears once the consent is ticked. */
const PAYPAL_METHODS: CheckoutMethod[] = [METHODS[0]!, { id: 'paypal', pg: 'paypal_v2', channelKey: V2_CHANNEL_KEY }];
const PayPalCheckout = payPalDemo(BillingKeyCheckout, (result) => result.billingKey ?? result.issueId);

/** The v2 checkout offering PayPal: PayPal's own button registers through the simulated window (승인 / Approve). */
export const CheckoutWithPayPal: Story = {
  name: 'Checkout with PayPal',
  parameters: { mockPortOne: { simulateWindow: true } } satisfies V2ShowroomParameters,
  render: () => <PayPalCheckout methods={PAYPAL_METHODS} customer={CUSTOMER} consent={CONSENT} />,
  play: whenTesting(registerPayPalInCheckout),
};

/** The whole v2 page. */
export const Page: Story = { render: () => <WholePage /> };

/** The whole v2 page, dark. */
export const PageDark: Story = { render: () => <WholePage />, globals: { theme: 'dark' } };

/** The whole v2 page in English. */
export const PageEnglish: Story = { render: () => <WholePage />, globals: { locale: 'en' } };

/** The whole v2 page at 375 px: nothing sticks out sideways. */
export const PageAtPhoneWidth: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => (
    <PhoneFrame>
      <WholePage />
    </PhoneFrame>
  ),
  play: whenTesting(async ({ canvasElement }: Ctx) => {
    const screen = canvasElement.querySelector<HTMLElement>('[data-phone-screen]')!;
    await expect(screen.getBoundingClientRect().width).toBe(PHONE_WIDTH);
    await within(canvasElement).findAllByRole('listitem');
    await expect(screen.scrollWidth).toBeLessThanOrEqual(screen.clientWidth);
  }),
};
