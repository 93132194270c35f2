// DESIGN.md "The payment-method page", v2 entry: where v2 differs from v1 (CARD / EASY_PAY names, requestIssueBillingKey
// with the chosen method's channel key, the v2 result carrying the consent, the key id a replacement removes).
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { installMockPortOne } from '../../../src/testing';
import {
  BillingKeyCheckout,
  BillingMethodPicker,
  PortOneProvider,
  SavedPaymentMethods,
  getPgRule,
  isBillingKeyError,
  useBillingKeyCheckout,
  type CheckoutMethod,
  type UseBillingKeyCheckoutValue,
} from '../../../src/v2';
import { STORE_ID } from '../../support/v2-kit';

const METHODS: CheckoutMethod[] = [
  { id: 'card', pg: 'tosspayments', channelKey: 'channel-key-card', billingKeyMethod: 'CARD' },
  { id: 'kakao', pg: 'kakaopay', channelKey: 'channel-key-kakao' },
  { id: 'naver', pg: 'naverpay', channelKey: 'channel-key-naver' },
  { id: 'toss', pg: 'tosspay_v2', channelKey: 'channel-key-toss', params: { noticeUrls: ['https://shop.example/hook'] } },
];
const CUSTOMER = { customer: { customerId: 'member_42', fullName: '홍길동' } };

function page(children: ReactNode, locale: 'ko' | 'en' = 'ko') {
  return render(
    <PortOneProvider storeId={STORE_ID} locale={locale}>
      {children}
    </PortOneProvider>,
  );
}
const radios = () => screen.getAllByRole('radio');

describe('payment-method page (v2)', () => {
  it('names CARD methods 카드 / Card and easy-pay PGs by brand, tosspay_v2 included', () => {
    const { unmount } = page(<BillingMethodPicker methods={METHODS} />);
    expect(radios().map((radio) => radio.textContent)).toEqual(['카드', '카카오페이', '네이버페이', '토스페이']);
    unmount();
    page(<BillingMethodPicker methods={[...METHODS, { id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }]} />, 'en');
    expect(radios().map((radio) => radio.textContent)).toEqual(['Card', 'Kakao Pay', 'Naver Pay', 'Toss Pay', 'PayPal']);
  });

  it('opens requestIssueBillingKey for the chosen method with the shared customer; the result carries pg and consent', async () => {
    const portOne = installMockPortOne({ answer: 'manual' });
    const request = vi.spyOn(portOne.sdk, 'requestIssueBillingKey');
    const onSuccess = vi.fn();
    page(
      <BillingKeyCheckout methods={METHODS} {...CUSTOMER} consent={{ terms: '약관', version: 'v2-1' }} onSuccess={onSuccess} />,
    );
    const user = userEvent.setup();
    await user.click(radios()[3]!);
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: '토스페이 등록하기' }));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0]).toMatchObject({
      storeId: STORE_ID,
      channelKey: 'channel-key-toss',
      billingKeyMethod: 'EASY_PAY',
      customer: { customerId: 'member_42' },
      noticeUrls: ['https://shop.example/hook'],
    });
    act(() => portOne.answer({ billingKey: 'billing-key-9' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      billingKey: 'billing-key-9',
      pg: 'tosspay_v2',
      consent: { version: 'v2-1', agreedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) },
    });
  });

  it('the hook refuses a forced request without the required consent (INVALID_PARAMS on consent)', async () => {
    const portOne = installMockPortOne({ answer: 'manual' });
    const hook = { current: undefined as unknown as UseBillingKeyCheckoutValue };
    function Probe() {
      hook.current = useBillingKeyCheckout({ methods: METHODS, ...CUSTOMER, consent: { version: 'v2-1', required: true } });
      return null;
    }
    page(<Probe />);
    let error: unknown;
    await act(async () => {
      await hook.current.request().catch((e: unknown) => (error = e));
    });
    expect(isBillingKeyError(error) && error.field).toBe('consent');
    expect(portOne.requests).toHaveLength(0);
    expect(getPgRule('kakaopay')).toBeDefined();
  });

  it('a replacement in the library removes the old billing key after the new one is issued', async () => {
    const portOne = installMockPortOne({ answer: 'manual' });
    const onRemove = vi.fn().mockResolvedValue(undefined);
    page(
      <SavedPaymentMethods
        load={async () => [{ id: 'billing-key-old', label: '국민카드', pg: 'tosspayments' }]}
        onRemove={onRemove}
        methods={METHODS}
        {...CUSTOMER}
      />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '국민카드 변경' }));
    await user.click(screen.getByRole('button', { name: '카드 등록하기' }));
    expect(onRemove).not.toHaveBeenCalled();
    act(() => portOne.answer({ billingKey: 'billing-key-new' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith('billing-key-old'));
  });
});
