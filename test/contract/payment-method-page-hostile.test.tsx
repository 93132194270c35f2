// The payment-method page as a hostile tester uses it: the checkout's own `verify` and `disabled` for PayPal RT, a
// replacement whose new key fails verification, and a method removed while its replacement window is open.
import { act, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyCheckout, IamportProvider } from '../../src';
import { BillingKeyCheckout as V2Checkout, PortOneProvider } from '../../src/v2';
import { installMockIamport, installMockPortOne } from '../../src/testing';
import { USER_CODE } from '../support/kit';
import { STORE_ID } from '../support/v2-kit';

const SHARED = { customerUid: 'member_42_2', buyer: { name: '홍길동', tel: '010-1234-5678' } };

const v1Page = (children: ReactNode) =>
  render(
    <IamportProvider userCode={USER_CODE} locale="ko">
      {children}
    </IamportProvider>,
  );

describe('BillingKeyCheckout: PayPal RT under the checkout’s own props', () => {
  it("v1: the checkout's verify confirms a PayPal key too; false is VERIFY_FAILED and no success", async () => {
    const iamport = installMockIamport();
    const verify = vi.fn(() => false);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    v1Page(
      <BillingKeyCheckout
        methods={[{ id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }]}
        {...SHARED}
        verify={verify}
        onSuccess={onSuccess}
        onFailure={onFailure}
      />,
    );
    await waitFor(() => expect(iamport.paypal.loads).toHaveLength(1));
    act(() => iamport.paypal.click());
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("v2: the checkout's verify confirms a PayPal key too; false is VERIFY_FAILED and no success", async () => {
    const portOne = installMockPortOne();
    const verify = vi.fn(() => false);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    render(
      <PortOneProvider storeId={STORE_ID}>
        <V2Checkout
          methods={[{ id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }]}
          customer={{ customerId: 'member_42' }}
          verify={verify}
          onSuccess={onSuccess}
          onFailure={onFailure}
        />
      </PortOneProvider>,
    );
    await waitFor(() => expect(portOne.paypal.loads).toHaveLength(1));
    act(() => portOne.paypal.click());
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('a disabled checkout loads no PayPal container (nothing can be registered while disabled)', async () => {
    const iamport = installMockIamport();
    const { rerender } = v1Page(
      <BillingKeyCheckout methods={[{ id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }]} {...SHARED} disabled />,
    );
    await act(async () => {});
    expect(document.querySelector('.portone-ui-container')).toBeNull();
    expect(iamport.paypal.loads).toHaveLength(0);
    rerender(
      <IamportProvider userCode={USER_CODE} locale="ko">
        <BillingKeyCheckout methods={[{ id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }]} {...SHARED} />
      </IamportProvider>,
    );
    await waitFor(() => expect(iamport.paypal.loads).toHaveLength(1));
  });
});
