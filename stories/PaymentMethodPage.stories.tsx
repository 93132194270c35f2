import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  BillingKeyCheckout,
  BillingMethodPicker,
  RecurringConsent,
  SavedPaymentMethods,
  type BillingKeyResult,
  type CheckoutMethod,
} from '../src';
import { whenTesting } from './support/play';
import { PhoneFrame, PHONE_WIDTH, pageTextsFor, SampleTerms, SAMPLE_SAVED, useMemoryServer } from './support/method-page';
import { payPalDemo, registerPayPalInCheckout } from './support/paypal';
import { BUYER, sampleChannelKey, type ShowroomParameters } from './support/showroom';

/** Card, Kakao Pay and Naver Pay, each on its own channel (v1 `pg` codes). */
const METHODS: CheckoutMethod[] = [
  { id: 'card', pg: 'kcp_billing', payMethod: 'card' },
  { id: 'kakao', pg: 'kakaopay' },
  { id: 'naver', pg: 'naverpay' },
];
const CONSENT = { terms: <SampleTerms />, version: '2026-12' };

function WholePage() {
  const server = useMemoryServer();
  const [count, setCount] = useState(3);
  const [last, setLast] = useState('');
  const onSuccess = (result: BillingKeyResult) => {
    server.add({ id: result.customerUid ?? '', label: result.pg, pg: result.pg, issuedAt: new Date().toISOString() });
    setCount((n) => n + 1);
    setLast(result.customerUid ?? '');
  };
  return (
    <div style={{ display: 'grid', gap: 32, maxWidth: 480 }}>
      <BillingKeyCheckout
        methods={METHODS}
        customerUid={`member_42_${count}`}
        buyer={BUYER}
        consent={CONSENT}
        onSuccess={onSuccess}
      />
      <SavedPaymentMethods
        key={last}
        load={server.load}
        onRemove={server.remove}
        methods={METHODS}
        customerUid={`member_42_${count}`}
        buyer={BUYER}
        consent={CONSENT}
        onSuccess={onSuccess}
      />
    </div>
  );
}

const meta = {
  title: 'Payment-method page',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = { canvasElement: HTMLElement; globals: Record<string, unknown> };

/** The method picker alone: a radio group with one Tab stop; arrow keys move and choose. Default names per locale. */
export const Picker: Story = {
  render: () => <BillingMethodPicker methods={[...METHODS, { id: 'toss', pg: 'tosspay_v2' }]} defaultValue="card" />,
  play: whenTesting(async ({ canvasElement }: Ctx) => {
    const canvas = within(canvasElement);
    const radios = canvas.getAllByRole('radio');
    radios[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(radios[1]).toHaveAttribute('aria-checked', 'true');
    await expect(radios[1]).toHaveFocus();
  }),
};

/** The recurring-payment consent alone, with the merchant's terms (text and a link). */
export const Consent: Story = {
  render: () => <RecurringConsent terms={<SampleTerms />} version="2026-12" />,
};

/** The checkout: picker, the chosen PG's notice, the consent, one register button that waits for the consent. */
export const Checkout: Story = {
  render: () => <BillingKeyCheckout methods={METHODS} customerUid="member_42_3" buyer={BUYER} consent={CONSENT} />,
  play: whenTesting(async ({ canvasElement, globals }: Ctx) => {
    const t = pageTextsFor(globals);
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button');
    await expect(button).toBeDisabled();
    await expect(canvas.getByText(t.consent.reason)).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox'));
    await expect(button).toBeEnabled();
  }),
};

/** The checkout in the dark theme. */
export const CheckoutDark: Story = { ...Checkout, globals: { theme: 'dark' } };

/** The checkout in English. */
export const CheckoutEnglish: Story = { ...Checkout, globals: { locale: 'en' } };

/** Card and PayPal RT (`pg: 'paypal_v2'` on its channel): PayPal's method renders `PayPalBillingButton`. */
const PAYPAL_METHODS: CheckoutMethod[] = [
  METHODS[0]!,
  { id: 'paypal', pg: 'paypal_v2', channelKey: sampleChannelKey('paypal_v2') },
];
const PayPalCheckout = payPalDemo(BillingKeyCheckout, (result) => result.customerUid ?? '');

/**
 * A checkout offering PayPal: with PayPal chosen, PayPal's own button takes the register button's place; it appears
 * once the consent is ticked, and registers through the simulated window (승인 / Approve).
 */
export const CheckoutWithPayPal: Story = {
  name: 'Checkout with PayPal',
  parameters: { mockIamport: { simulateWindow: true } } satisfies ShowroomParameters,
  render: () => <PayPalCheckout methods={PAYPAL_METHODS} customerUid="member_42_paypal" buyer={BUYER} consent={CONSENT} />,
  play: whenTesting(registerPayPalInCheckout),
};

/** The buyer's saved methods, from the merchant's server; remove asks in a dialog, replace opens a checkout. */
export const SavedMethods: Story = {
  render: function Render() {
    const server = useMemoryServer();
    return (
      <SavedPaymentMethods
        load={server.load}
        onRemove={server.remove}
        methods={METHODS}
        customerUid="member_42_3"
        buyer={BUYER}
      />
    );
  },
  play: whenTesting(async ({ canvasElement, globals }: Ctx) => {
    const t = pageTextsFor(globals);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(2));
    const remove = canvas.getAllByRole('button', { name: new RegExp(t.savedMethods.remove) })[0]!;
    await userEvent.click(remove);
    const dialog = within(canvasElement.ownerDocument.body).getByRole('alertdialog');
    await expect(within(dialog).getByRole('button', { name: t.savedMethods.cancel })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(remove).toHaveFocus();
  }),
};

/** While the list loads (the server never answers here). */
export const SavedMethodsLoading: Story = {
  render: () => <SavedPaymentMethods load={() => new Promise(() => {})} onRemove={async () => {}} />,
};

/** No saved method yet. */
export const SavedMethodsEmpty: Story = {
  render: () => <SavedPaymentMethods load={async () => []} onRemove={async () => {}} />,
};

/** The server failed: an alert with a retry button. */
export const SavedMethodsError: Story = {
  render: () => (
    <SavedPaymentMethods
      load={async () => {
        throw new Error('503');
      }}
      onRemove={async () => {}}
    />
  ),
  play: whenTesting(async ({ canvasElement, globals }: Ctx) => {
    const t = pageTextsFor(globals);
    const alert = await within(canvasElement).findByRole('alert');
    await expect(within(alert).getByRole('button', { name: t.savedMethods.retry })).toBeVisible();
  }),
};

/** The whole "결제수단 관리" page: the checkout above the saved list (an in-memory stand-in for the shop's server). */
export const Page: Story = { render: () => <WholePage /> };

/** The whole page in the dark theme. */
export const PageDark: Story = { render: () => <WholePage />, globals: { theme: 'dark' } };

/** The whole page in English. */
export const PageEnglish: Story = { render: () => <WholePage />, globals: { locale: 'en' } };

/**
 * The whole page on a 375 px phone: the method tiles wrap two or three to a row, every target is at least 44 px tall,
 * and nothing sticks out sideways.
 */
export const PageAtPhoneWidth: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => (
    <PhoneFrame>
      <WholePage />
    </PhoneFrame>
  ),
  play: whenTesting(async ({ canvasElement }: Ctx) => {
    const canvas = within(canvasElement);
    const screen = canvasElement.querySelector<HTMLElement>('[data-phone-screen]')!;
    await expect(screen.getBoundingClientRect().width).toBe(PHONE_WIDTH);
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(SAMPLE_SAVED.length));
    await expect(screen.scrollWidth).toBeLessThanOrEqual(screen.clientWidth);
    const radios = canvas.getAllByRole('radio');
    for (const radio of radios) await expect(radio.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    for (const button of canvas.getAllByRole('button'))
      await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    const rows = new Set(radios.map((radio) => Math.round(radio.getBoundingClientRect().top)));
    const checkout = radios[0]!.closest('[class*="rbk-MethodPage-panel"]')!.getBoundingClientRect();
    // The measurements the docs quote (docs/payment-method-page.md).
    console.info(
      `[375px] method rows: ${rows.size}, checkout height: ${Math.round(checkout.height)} px, page height: ${Math.round(screen.scrollHeight)} px`,
    );
    await expect(rows.size).toBeLessThanOrEqual(2);
  }),
};
