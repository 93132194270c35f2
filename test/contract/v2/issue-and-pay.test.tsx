// DESIGN.md "Every billing flow PortOne has" — issue and pay: a v2 request with `payment` calls
// PortOne.requestIssueBillingKeyAndPay where the rules say the PG and method issue a key only with a first payment, and
// `payment` is INVALID_PARAMS where it is missing there or given elsewhere. Tested from outside, as a merchant would.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installMockPortOne } from '../../../src/testing';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  PG_RULES,
  PgNotice,
  PortOneProvider,
  type BillingKeyError,
  type BillingKeyRequest,
  type BillingKeyResult,
  type PgCode,
} from '../../../src/v2';
import { CHANNEL_KEY, STORE_ID, holdingPortOne, renderV2Hook, settle } from '../../support/v2-kit';

const person = { fullName: '포트원', phoneNumber: '010-0000-1234', email: 'test@portone.io' };
const payment = { orderName: '월간 이용권 정기결제', totalAmount: 1000 };

/** A phone issue-and-pay request each PG takes, as its v2 page's example writes it. */
const PHONE: Record<'inicis_v2' | 'welcome' | 'galaxia', BillingKeyRequest> = {
  inicis_v2: {
    pg: 'inicis_v2',
    channelKey: CHANNEL_KEY,
    billingKeyMethod: 'MOBILE',
    customer: person,
    payment,
    params: { productType: 'PRODUCT_TYPE_DIGITAL', offerPeriod: { interval: '1m' } },
  },
  welcome: {
    pg: 'welcome',
    channelKey: CHANNEL_KEY,
    billingKeyMethod: 'MOBILE',
    customer: person,
    payment,
    params: { offerPeriod: { interval: '1m' } },
  },
  galaxia: {
    pg: 'galaxia',
    channelKey: CHANNEL_KEY,
    billingKeyMethod: 'MOBILE',
    customer: { customerId: 'customer-1234', ...person },
    payment,
  },
};

function renderButton(request: BillingKeyRequest) {
  const onSuccess = vi.fn<(r: BillingKeyResult) => void>();
  const onFailure = vi.fn<(e: BillingKeyError) => void>();
  const onResult = vi.fn();
  render(
    <PortOneProvider storeId={STORE_ID} onResult={onResult}>
      <BillingKeyButton {...request} onSuccess={onSuccess} onFailure={onFailure} />
    </PortOneProvider>,
  );
  return { onSuccess, onFailure, onResult, button: screen.getByRole('button') };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('issue-and-pay: what is called with which fields', () => {
  it.each(Object.keys(PHONE) as (keyof typeof PHONE)[])(
    '%s MOBILE: requestIssueBillingKeyAndPay with billingKeyAndPayMethod MOBILE, the payment and the customer',
    async (pg) => {
      const portOne = installMockPortOne();
      const { onSuccess, button } = renderButton(PHONE[pg]);
      fireEvent.click(button);
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
      expect(portOne.requests).toHaveLength(0);
      const sent = portOne.lastAndPayRequest();
      expect(sent).toMatchObject({
        storeId: STORE_ID,
        channelKey: CHANNEL_KEY,
        billingKeyAndPayMethod: 'MOBILE',
        paymentId: expect.any(String) as unknown,
        orderName: payment.orderName,
        totalAmount: 1000,
        currency: 'KRW',
        customer: PHONE[pg].customer,
      });
      // requestIssueBillingKey's own fields are not sent.
      for (const key of ['billingKeyMethod', 'issueId', 'issueName', 'displayAmount', 'pg']) expect(sent).not.toHaveProperty(key);
      expect(sent.redirectUrl).toBe(`http://localhost:3000/?rbk_issue_id=${sent.paymentId}`);
      const result = onSuccess.mock.calls[0]![0];
      expect(result).toMatchObject({
        billingKey: expect.stringMatching(/^billing-key-/) as unknown,
        issueId: sent.paymentId,
        pg,
        charged: true,
        payment: { paymentId: sent.paymentId, txId: expect.stringMatching(/^tx-/) as unknown },
      });
    },
  );

  it.each<[PgCode, Partial<BillingKeyRequest>]>([
    ['eximbay_v2', { customer: { fullName: 'PortOne', email: 'test@example.com' } }],
    ['payletter_global', { customer: { email: 'test@portone.io' } }],
  ])('%s issues only with a first payment: sent without billingKeyAndPayMethod, as its page does', async (pg, extra) => {
    const portOne = installMockPortOne();
    const { onSuccess, button } = renderButton({
      pg,
      channelKey: CHANNEL_KEY,
      payment: { orderName: 'PortOne Recurring Payment', totalAmount: 100, currency: 'USD' },
      ...extra,
    });
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const sent = portOne.lastAndPayRequest();
    expect(sent).toMatchObject({ totalAmount: 100, currency: 'USD' });
    expect(sent).not.toHaveProperty('billingKeyAndPayMethod');
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ charged: true, payment: { paymentId: sent.paymentId } });
  });

  it('a fresh paymentId for every attempt; Payletter gets letters and digits only', async () => {
    const portOne = installMockPortOne();
    const { onSuccess, button } = renderButton({
      pg: 'payletter_global',
      channelKey: CHANNEL_KEY,
      customer: { email: 'test@portone.io' },
      payment: { orderName: 'Plan', totalAmount: 1000 },
    });
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(2));
    const [first, second] = portOne.andPayRequests.map((request) => request.paymentId);
    expect(first).not.toBe(second);
    for (const id of [first, second]) expect(id).toMatch(/^[A-Za-z0-9]+$/);
  });

  it("the merchant's own paymentId is sent, and refused once it completed on this page", async () => {
    const portOne = installMockPortOne();
    const { onSuccess, onFailure, button } = renderButton({ ...PHONE.welcome, payment: { ...payment, paymentId: 'order-77' } });
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.lastAndPayRequest().paymentId).toBe('order-77');
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'payment.paymentId' });
    expect(portOne.andPayRequests).toHaveLength(1);
  });
});

describe('issue-and-pay: what the buyer is told before the window', () => {
  it('the button says the first payment is charged now, in its currency (instead of anything about displayAmount)', () => {
    installMockPortOne();
    const { button } = renderButton({ ...PHONE.welcome, payment: { orderName: '월간 이용권', totalAmount: 9900 } });
    expect(button).toHaveAccessibleDescription(expect.stringContaining('9,900원이 지금 결제됩니다') as unknown as string);
    cleanup();
    const dollars = renderButton({
      pg: 'eximbay_v2',
      channelKey: CHANNEL_KEY,
      customer: { fullName: 'PortOne', email: 'test@example.com' },
      payment: { orderName: 'Monthly plan', totalAmount: 990, currency: 'USD' },
    });
    expect(screen.getByRole('note')).toHaveTextContent('$9.90');
    expect(dollars.button).toHaveAccessibleDescription(expect.stringContaining('지금 결제됩니다') as unknown as string);
  });

  it.each<[string, BillingKeyRequest]>([
    ['a PG that issues without a payment (Toss Payments)', { pg: 'tosspayments', channelKey: CHANNEL_KEY, payment }],
    ["KG Inicis' card keys (issued without a payment)", { ...PHONE.inicis_v2, billingKeyMethod: 'CARD' }],
    [
      'KG Inicis without billingKeyMethod (its default, CARD, issues without a payment)',
      { ...PHONE.inicis_v2, billingKeyMethod: undefined },
    ],
  ])('payment that a click refuses is never announced as charged: %s', async (_, request) => {
    const portOne = installMockPortOne();
    const { button, onFailure } = renderButton(request);
    expect(button).not.toHaveAccessibleDescription(expect.stringContaining('결제됩니다') as unknown as string);
    expect(screen.queryByRole('note')?.textContent ?? '').not.toContain('결제됩니다');
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'payment' });
    expect(portOne.andPayRequests).toHaveLength(0);
  });

  it("a PgNotice with payment speaks of a charge only for a method issued with one (billingKeyMethod, else the PG's default)", () => {
    render(<PgNotice pg="inicis_v2" payment={payment} />);
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    render(<PgNotice pg="inicis_v2" billingKeyMethod="MOBILE" payment={payment} />);
    expect(screen.getByRole('note')).toHaveTextContent('1,000원이 지금 결제됩니다');
    cleanup();
    render(<PgNotice pg="payletter_global" payment={payment} />);
    expect(screen.getByRole('note')).toHaveTextContent('1,000원이 지금 결제됩니다');
  });

  it('without payment (or with an amount it cannot read) nothing is said about a charge', () => {
    installMockPortOne();
    renderButton({ ...PHONE.galaxia, billingKeyMethod: 'CARD', payment: undefined });
    expect(screen.queryByRole('note')).not.toHaveTextContent('결제됩니다');
    cleanup();
    renderButton({ ...PHONE.welcome, payment: { orderName: 'x', totalAmount: -5 } });
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('issue-and-pay: payment validation (nothing is opened)', () => {
  it.each<[string, BillingKeyRequest, string]>([
    ['KG Inicis phone without payment', { ...PHONE.inicis_v2, payment: undefined }, 'payment'],
    ['Welcome phone without payment', { ...PHONE.welcome, payment: undefined }, 'payment'],
    ['Galaxia phone without payment', { ...PHONE.galaxia, payment: undefined }, 'payment'],
    ['Eximbay without payment', { pg: 'eximbay_v2', channelKey: CHANNEL_KEY, customer: person }, 'payment'],
    ['a card key with payment (Toss Payments)', { pg: 'tosspayments', channelKey: CHANNEL_KEY, payment }, 'payment'],
    ['Welcome CARD with payment', { ...PHONE.welcome, billingKeyMethod: 'CARD' }, 'payment'],
    ['payment that is not an object', { ...PHONE.galaxia, payment: 'yes' as never }, 'payment'],
    ['no orderName', { ...PHONE.galaxia, payment: { totalAmount: 1000 } as never }, 'payment.orderName'],
    ['totalAmount 0', { ...PHONE.galaxia, payment: { ...payment, totalAmount: 0 } }, 'payment.totalAmount'],
    ['totalAmount 9.5', { ...PHONE.galaxia, payment: { ...payment, totalAmount: 9.5 } }, 'payment.totalAmount'],
    [
      'totalAmount beyond a safe integer',
      { ...PHONE.galaxia, payment: { ...payment, totalAmount: 2 ** 53 } },
      'payment.totalAmount',
    ],
    ['a currency the PG does not take', { ...PHONE.galaxia, payment: { ...payment, currency: 'USD' } }, 'payment.currency'],
    ['a paymentId with a space', { ...PHONE.galaxia, payment: { ...payment, paymentId: 'a b' } }, 'payment.paymentId'],
    [
      'KG Inicis phone without productType',
      { ...PHONE.inicis_v2, params: { offerPeriod: { interval: '1m' } } },
      'params.productType',
    ],
    [
      'a productType PortOne does not know',
      { ...PHONE.inicis_v2, params: { productType: 'FOOD' as never, offerPeriod: { interval: '1m' } } },
      'params.productType',
    ],
    ['issueId beside payment', { ...PHONE.galaxia, issueId: 'issue-1' }, 'issueId'],
    ['displayAmount beside payment', { ...PHONE.galaxia, displayAmount: 1000 }, 'displayAmount'],
    ['a card field in params beside payment', { ...PHONE.galaxia, params: { card: {} } }, 'params.card'],
    ['paymentId in params', { ...PHONE.galaxia, params: { paymentId: 'x' } as never }, 'params.paymentId'],
  ])('%s → INVALID_PARAMS on the field at fault', async (_name, request, field) => {
    const portOne = installMockPortOne();
    const { onFailure, onResult, button } = renderButton(request);
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error: onFailure.mock.calls[0]![0] });
    expect(portOne.requests).toHaveLength(0);
    expect(portOne.andPayRequests).toHaveLength(0);
  });

  it.each(['PRODUCT_TYPE_REAL', 'PRODUCT_TYPE_DIGITAL', 'REAL', 'DIGITAL'] as const)(
    'KG Inicis phone takes productType %s',
    async (productType) => {
      const portOne = installMockPortOne();
      const { onSuccess, button } = renderButton({
        ...PHONE.inicis_v2,
        params: { productType, offerPeriod: { interval: '1m' } },
      });
      fireEvent.click(button);
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
      expect(portOne.lastAndPayRequest().productType).toBe(productType);
    },
  );
});

describe('issue-and-pay: outcomes', () => {
  it('a code with a billingKey: PG_FAILED whose error.result carries the key, to onFailure and onResult alike', async () => {
    const portOne = holdingPortOne();
    const { onFailure, onResult, button } = renderButton(PHONE.welcome);
    fireEvent.click(button);
    await waitFor(() => expect(portOne.mock.pending).toHaveLength(1));
    act(() =>
      portOne.answer({ code: 'FAILURE_TYPE_PG', message: '[웰컴] 결제 실패', pgMessage: '사용자가 결제를 취소하였습니다' }),
    );
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    const error = onFailure.mock.calls[0]![0];
    expect(error).toMatchObject({ code: 'PG_FAILED' });
    expect(error.result).toMatchObject({
      billingKey: 'billing-key-100',
      charged: false,
      verified: false,
      payment: { paymentId: portOne.mock.lastAndPayRequest().paymentId },
    });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error });
  });

  it('a code without a key is a plain failure (a cancellation stays CANCELLED), no result', async () => {
    installMockPortOne({ outcome: 'cancel' });
    const { onFailure, button } = renderButton(PHONE.galaxia);
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'CANCELLED' });
    expect(onFailure.mock.calls[0]![0].result).toBeUndefined();
  });

  it('verify runs on an issue-and-pay key like on any other', async () => {
    installMockPortOne();
    const verify = vi.fn(() => true);
    const { hook } = renderV2Hook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(PHONE.galaxia));
    });
    await waitFor(() => expect(box.done).toBe(true));
    expect(verify).toHaveBeenCalledWith(expect.objectContaining({ charged: true }));
    expect(box.value).toMatchObject({ verified: true, charged: true });
  });

  it('a script without requestIssueBillingKeyAndPay fails this request alone (SDK_LOAD_FAILED)', async () => {
    const portOne = installMockPortOne();
    delete (portOne.sdk as { requestIssueBillingKeyAndPay?: unknown }).requestIssueBillingKeyAndPay;
    const { onFailure, button } = renderButton(PHONE.galaxia);
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'SDK_LOAD_FAILED' });
  });

  it('the rules name which methods need a first payment (data, not code)', () => {
    expect(PG_RULES.inicis_v2.firstPayment.methods).toEqual(['MOBILE']);
    expect(PG_RULES.welcome.firstPayment.methods).toEqual(['MOBILE']);
    expect(PG_RULES.galaxia.firstPayment.methods).toEqual(['MOBILE']);
    expect(PG_RULES.eximbay_v2.methods).toEqual([]);
    expect(PG_RULES.payletter_global.methods).toEqual([]);
    expect('firstPayment' in PG_RULES.tosspayments).toBe(false);
  });
});

describe('issue-and-pay: the redirect return', () => {
  const go = (url: string) => window.history.pushState(null, '', url);

  it('transactionType ISSUE_BILLING_KEY_AND_PAY with paymentId and txId is read, reported once, and cleaned', async () => {
    installMockPortOne({ delivery: 'redirect', navigate: go });
    const view = render(
      <PortOneProvider storeId={STORE_ID}>
        <BillingKeyButton {...PHONE.galaxia} />
      </PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(window.location.search).toContain('txId='));
    expect(new URLSearchParams(window.location.search).get('transactionType')).toBe('ISSUE_BILLING_KEY_AND_PAY');
    view.unmount();

    const onSuccess = vi.fn<(r: BillingKeyResult) => void>();
    const onResult = vi.fn();
    render(
      <PortOneProvider storeId={STORE_ID} onResult={onResult}>
        <BillingKeyRedirect onSuccess={onSuccess} />
      </PortOneProvider>,
    );
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      pg: 'galaxia',
      charged: true,
      payment: { paymentId: expect.any(String) as unknown, txId: expect.stringMatching(/^tx-/) as unknown },
    });
    expect(window.location.search).toBe('');
    expect(onResult).toHaveBeenCalledTimes(1);
  });

  it('a return this browser did not remember is still an issue-and-pay result, by its transactionType', async () => {
    go('/?rbk_issue_id=pay_1&transactionType=ISSUE_BILLING_KEY_AND_PAY&billingKey=billing-key-9&paymentId=pay_1&txId=tx-9');
    installMockPortOne();
    const onSuccess = vi.fn<(r: BillingKeyResult) => void>();
    render(
      <PortOneProvider storeId={STORE_ID}>
        <BillingKeyRedirect onSuccess={onSuccess} />
      </PortOneProvider>,
    );
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      billingKey: 'billing-key-9',
      pg: '',
      charged: true,
      payment: { paymentId: 'pay_1', txId: 'tx-9' },
    });
  });

  it('a failed payment on return with a key carries the key in error.result', async () => {
    go(
      '/?rbk_issue_id=pay_2&transactionType=ISSUE_BILLING_KEY_AND_PAY&billingKey=billing-key-8&paymentId=pay_2&code=FAILURE_TYPE_PG',
    );
    installMockPortOne();
    const onFailure = vi.fn<(e: BillingKeyError) => void>();
    render(
      <PortOneProvider storeId={STORE_ID}>
        <BillingKeyRedirect onFailure={onFailure} />
      </PortOneProvider>,
    );
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'PG_FAILED', result: { billingKey: 'billing-key-8' } });
  });
});
