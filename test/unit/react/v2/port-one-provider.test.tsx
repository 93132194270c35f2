import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyRedirect as V1Redirect } from '../../../../src';
import { installMockPortOne } from '../../../../src/testing';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  PortOneProvider,
  useBillingKey,
  type BillingKeyOutcome,
  type BillingKeyRequest,
  type UseBillingKeyValue,
} from '../../../../src/v2';

const STORE = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
const request: BillingKeyRequest = { pg: 'tosspayments', channelKey: 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d' };

describe('PortOneProvider', () => {
  it('re-rendering with new inline callbacks or another locale starts no new load, and the latest onResult hears the outcome', async () => {
    const first = vi.fn<(o: BillingKeyOutcome) => void>();
    const latest = vi.fn<(o: BillingKeyOutcome) => void>();
    const hook = { current: undefined as unknown as UseBillingKeyValue };
    function Probe() {
      hook.current = useBillingKey();
      return null;
    }
    const view = render(
      <PortOneProvider storeId={STORE} onResult={first}>
        <Probe />
      </PortOneProvider>,
    );
    view.rerender(
      <PortOneProvider storeId={STORE} onResult={latest} locale="en" messages={{ button: { label: 'Save' } }}>
        <Probe />
      </PortOneProvider>,
    );
    expect(document.querySelectorAll('script')).toHaveLength(1);
    installMockPortOne();
    act(() => void hook.current.request(request).catch(() => {}));
    await act(async () => {
      document.querySelector('script')!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(latest).toHaveBeenCalledTimes(1));
    expect(first).not.toHaveBeenCalled();
  });

  it('messages overrides reach the button label and the error messages; the storeId reaches every request', async () => {
    const portOne = installMockPortOne({ outcome: 'cancel' });
    const onFailure = vi.fn();
    render(
      <PortOneProvider storeId={STORE} messages={{ button: { label: '구독 카드 등록' }, errors: { CANCELLED: '취소하셨어요.' } }}>
        <BillingKeyButton {...request} onFailure={onFailure} />
      </PortOneProvider>,
    );
    act(() => screen.getByRole('button', { name: '구독 카드 등록' }).click());
    await waitFor(() =>
      expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED', message: '취소하셨어요.' })),
    );
    expect(portOne.lastRequest().storeId).toBe(STORE);
  });

  it('a v2 and a v1 redirect page side by side: each reads only its own return', async () => {
    window.history.pushState(null, '', '/back?rbk_issue_id=i1&transactionType=ISSUE_BILLING_KEY&billingKey=billing-key-1');
    const v1 = { onSuccess: vi.fn(), onFailure: vi.fn() };
    const v2 = { onSuccess: vi.fn(), onFailure: vi.fn() };
    render(
      <>
        <V1Redirect {...v1} />
        <BillingKeyRedirect {...v2} />
      </>,
    );
    await waitFor(() => expect(v2.onSuccess).toHaveBeenCalledTimes(1));
    expect(v1.onSuccess).not.toHaveBeenCalled();
    expect(v1.onFailure).not.toHaveBeenCalled();

    // …and a v1 return (imp_uid, merchant_uid, error_code / error_msg) is v1's alone.
    window.history.pushState(null, '', '/back?imp_uid=imp_1&merchant_uid=m_1&error_code=F1&error_msg=x');
    const v1Again = { onSuccess: vi.fn(), onFailure: vi.fn() };
    const v2Again = { onSuccess: vi.fn(), onFailure: vi.fn() };
    render(
      <>
        <V1Redirect {...v1Again} />
        <BillingKeyRedirect {...v2Again} />
      </>,
    );
    await waitFor(() => expect(v1Again.onFailure).toHaveBeenCalledTimes(1));
    expect(v2Again.onSuccess).not.toHaveBeenCalled();
    expect(v2Again.onFailure).not.toHaveBeenCalled();
    window.history.replaceState(null, '', '/');
  });
});
