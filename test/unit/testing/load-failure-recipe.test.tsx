// docs/testing.md's "When the SDK does not load": without a stand-in, a test reaches the load failure and the time-out
// through the provider's own script tag (jsdom never loads it), v1 and v2.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider } from '../../../src';
import { BillingKeyButton as V2BillingKeyButton, PortOneProvider } from '../../../src/v2';
import { resetBillingKeyState } from '../../../src/testing';

const STORE_ID = 'store-00000000-0000-0000-0000-000000000000';

it('v1: an error on the provider’s script tag fails the waiting click with SDK_LOAD_FAILED; the reset removes the tag', async () => {
  const onFailure = vi.fn();
  render(
    <IamportProvider userCode="imp12345678">
      <BillingKeyButton pg="kcp_billing" customerUid="member_42_card_1" onFailure={onFailure} />
    </IamportProvider>,
  );
  await userEvent.click(screen.getByRole('button'));
  expect(screen.getByRole('button')).toHaveAttribute('aria-busy', 'true');
  fireEvent.error(document.querySelector('script[data-react-billing-key]')!);
  await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'SDK_LOAD_FAILED' })));
  resetBillingKeyState();
  expect(document.querySelector('script[data-react-billing-key]')).toBeNull();
});

it('v2: a short loadTimeoutMs fails the waiting click with SDK_TIMEOUT', async () => {
  const onFailure = vi.fn();
  render(
    <PortOneProvider storeId={STORE_ID} loadTimeoutMs={30}>
      <V2BillingKeyButton pg="tosspayments" channelKey="channel-key-1" onFailure={onFailure} />
    </PortOneProvider>,
  );
  await userEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'SDK_TIMEOUT' })));
});
