// A PG's window (PortOne's iframe layer on PC, a popup) takes focus; when it closes it leaves focus on nothing (the
// body). A keyboard or screen-reader buyer must not lose their place: the button that opened the window gets focus back
// when its request ends — unless the page has already put focus somewhere (a success message, the next field).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
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

describe.each([
  [
    'v1 BillingKeyButton',
    () => installMockIamport({ answer: 'manual' }),
    (onFailure: () => void) => (
      <v1.IamportProvider userCode="imp12345678">
        <v1.BillingKeyButton pg="kcp_billing" customerUid="member_1" notice="none" onFailure={onFailure} />
        <input aria-label="next field" />
      </v1.IamportProvider>
    ),
  ],
  [
    'v2 BillingKeyButton',
    () => installMockPortOne({ answer: 'manual' }),
    (onFailure: () => void) => (
      <v2.PortOneProvider storeId={STORE_ID}>
        <v2.BillingKeyButton pg="tosspayments" channelKey="channel-key-1" notice="none" onFailure={onFailure} />
        <input aria-label="next field" />
      </v2.PortOneProvider>
    ),
  ],
  [
    'v1 BillingKeyCheckout',
    () => installMockIamport({ answer: 'manual' }),
    (onFailure: () => void) => (
      <v1.IamportProvider userCode="imp12345678">
        <v1.BillingKeyCheckout
          methods={[{ id: 'card', pg: 'kcp_billing', payMethod: 'card' }]}
          customerUid="member_1"
          onFailure={onFailure}
        />
        <input aria-label="next field" />
      </v1.IamportProvider>
    ),
  ],
])('%s', (_name, install, page) => {
  const registerButton = () => screen.getAllByRole('button').find((button) => !button.closest('[role="radiogroup"]'))!;

  it('gets focus back when the window closes and left focus on nothing', async () => {
    const mock = install();
    const onFailure = vi.fn();
    render(page(onFailure));
    const button = registerButton();
    openWindowFrom(button);
    act(() => mock.answer('cancel'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'false'));
    expect(button).toHaveFocus();
  });

  it('leaves focus where the page put it', async () => {
    const mock = install();
    const onFailure = vi.fn(() => screen.getByRole('textbox', { name: 'next field' }).focus());
    render(page(onFailure));
    const button = registerButton();
    openWindowFrom(button);
    act(() => mock.answer('cancel'));
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'false'));
    expect(screen.getByRole('textbox', { name: 'next field' })).toHaveFocus();
  });
});
