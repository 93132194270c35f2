// A PG's window (PortOne's iframe layer on PC, a popup) takes focus; when it closes it leaves focus on nothing (the
// body). A keyboard or screen-reader buyer must not lose their place: the button that opened the window gets focus back
// when its request ends — unless the page has already put focus somewhere (a success message, the next field).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import * as v1 from '../../../src';
import * as v2 from '../../../src/v2';
import { installMockIamport, installMockPortOne } from '../../../src/testing';

const STORE_ID = 'store-00000000-0000-0000-0000-000000000000';

/** Clicks `button` from the keyboard's focus, then plays the PG window taking focus away and leaving it on the body. */
function openWindowFrom(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
  expect(button).toHaveAttribute('aria-busy', 'true');
  button.blur();
  expect(document.activeElement).toBe(document.body);
}

const v1Page = (ui: ReactElement) => <v1.IamportProvider userCode="imp12345678">{ui}</v1.IamportProvider>;
const v2Page = (ui: ReactElement) => <v2.PortOneProvider storeId={STORE_ID}>{ui}</v2.PortOneProvider>;
const V1_CARD: v1.CheckoutMethod[] = [{ id: 'card', pg: 'kcp_billing', payMethod: 'card' }];

describe.each([
  {
    name: 'v1 BillingKeyButton',
    install: () => installMockIamport({ answer: 'manual' }),
    page: (onFailure: () => void) =>
      v1Page(<v1.BillingKeyButton pg="kcp_billing" customerUid="member_1" notice="none" onFailure={onFailure} />),
  },
  {
    name: 'v2 BillingKeyButton',
    install: () => installMockPortOne({ answer: 'manual' }),
    page: (onFailure: () => void) =>
      v2Page(<v2.BillingKeyButton pg="tosspayments" channelKey="channel-key-1" notice="none" onFailure={onFailure} />),
  },
  {
    name: 'v1 BillingKeyCheckout',
    install: () => installMockIamport({ answer: 'manual' }),
    page: (onFailure: () => void) =>
      v1Page(<v1.BillingKeyCheckout methods={V1_CARD} customerUid="member_1" onFailure={onFailure} />),
  },
])('$name', ({ install, page }) => {
  /** Renders the page with a field after it, opens the window from its register button, and the buyer cancels it. */
  async function cancelledWindow(onFailure: () => void): Promise<HTMLElement> {
    const mock = install();
    render(
      <>
        {page(onFailure)}
        <input aria-label="next field" />
      </>,
    );
    const button = screen.getAllByRole('button').find((candidate) => !candidate.closest('[role="radiogroup"]'))!;
    openWindowFrom(button);
    act(() => mock.answer('cancel'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'false'));
    return button;
  }

  it('gets focus back when the window closes and left focus on nothing', async () => {
    expect(await cancelledWindow(vi.fn())).toHaveFocus();
  });

  it('leaves focus where the page put it', async () => {
    await cancelledWindow(vi.fn(() => screen.getByRole('textbox', { name: 'next field' }).focus()));
    expect(screen.getByRole('textbox', { name: 'next field' })).toHaveFocus();
  });
});
