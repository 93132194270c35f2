import { fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { installMockPortOne } from '../../../src/testing';
import {
  BillingKeyButton,
  PortOneProvider,
  useBillingKey,
  usePortOne,
  type BillingKeyError,
  type BillingKeyRequest,
} from '../../../src/v2';
import { expectDevWarning } from '../../support/dev-warnings';

const STORE = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
const CHANNEL = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';

describe('the v2 BillingKeyButton', () => {
  it('keeps every request prop off the DOM and still sends it; button attributes pass through', async () => {
    // Every prop set, displayAmount too: Galaxia only shows it, which the library points out.
    expectDevWarning('galaxia: displayAmount 9900 is only shown');
    const portOne = installMockPortOne();
    const onSuccess = vi.fn();
    // `payment` belongs to issue-and-pay PGs (issue-and-pay.test.tsx).
    const request: Required<Omit<BillingKeyRequest, 'payment'>> = {
      pg: 'galaxia',
      channelKey: CHANNEL,
      billingKeyMethod: 'CARD',
      issueId: 'issue-77',
      issueName: '월간 구독',
      displayAmount: 9900,
      currency: 'KRW',
      customer: { customerId: 'member77', fullName: '홍길동' },
      redirectUrl: 'https://shop.example/return',
      params: { bypass: { galaxia: { ITEM_CODE: 'PLAN' } } },
    };
    render(
      <PortOneProvider storeId={STORE}>
        <BillingKeyButton {...request} className="mine" data-testid="pay" name="subscribe" title="구독" onSuccess={onSuccess} />
      </PortOneProvider>,
    );
    const button = screen.getByTestId('pay');
    for (const key of Object.keys(request)) expect(button.hasAttribute(key)).toBe(false);
    expect(button).toHaveAttribute('name', 'subscribe');
    expect(button).toHaveAttribute('title', '구독');
    expect(button).toHaveClass('mine');
    expect(button).toHaveAttribute('type', 'button');
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.lastRequest()).toMatchObject({
      billingKeyMethod: 'CARD',
      issueId: 'issue-77',
      issueName: '월간 구독',
      displayAmount: 9900,
      currency: 'KRW',
      customer: { customerId: 'member77', fullName: '홍길동' },
      redirectUrl: 'https://shop.example/return?rbk_issue_id=issue-77',
      bypass: { galaxia: { ITEM_CODE: 'PLAN' } },
    });
  });

  it('a custom label stays while busy, with the busy state shown beside it and announced', () => {
    installMockPortOne({ answer: 'manual' });
    render(
      <PortOneProvider storeId={STORE} locale="en">
        <BillingKeyButton pg="tosspayments" channelKey={CHANNEL}>
          Save my card
        </BillingKeyButton>
      </PortOneProvider>,
    );
    const button = screen.getByRole('button', { name: 'Save my card' });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveTextContent('Save my card');
    expect(screen.getByRole('status')).toHaveTextContent('Continue in the payment window…');
  });

  it('disabled or a merchant onClick that prevents default: nothing opens', () => {
    const portOne = installMockPortOne();
    render(
      <PortOneProvider storeId={STORE}>
        <BillingKeyButton pg="tosspayments" channelKey={CHANNEL} disabled>
          a
        </BillingKeyButton>
        <BillingKeyButton pg="tosspayments" channelKey={CHANNEL} onClick={(event) => event.preventDefault()}>
          b
        </BillingKeyButton>
      </PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'a' }));
    fireEvent.click(screen.getByRole('button', { name: 'b' }));
    expect(portOne.requests).toHaveLength(0);
  });

  it('renders whatever the props (a JS caller’s nonsense) and fails the click with INVALID_PARAMS', async () => {
    const portOne = installMockPortOne();
    const onFailure = vi.fn<(e: BillingKeyError) => void>();
    const nonsense = {
      pg: 42,
      channelKey: null,
      displayAmount: 'lots',
      customer: 'me',
      params: [],
    } as unknown as BillingKeyRequest;
    render(
      <PortOneProvider storeId={STORE}>
        <BillingKeyButton {...nonsense} onFailure={onFailure} />
      </PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
    expect(portOne.requests).toHaveLength(0);
  });

  it('hooks outside a PortOneProvider throw a clear error at render', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useBillingKey())).toThrow(/inside <PortOneProvider storeId="store-…">/);
    expect(() => renderHook(() => usePortOne())).toThrow(/usePortOne must be used inside <PortOneProvider/);
  });
});
