import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider, type BillingKeyOutcome, type BillingKeyRequest } from '../../../src';
import { stubIamport } from '../../support/stub-iamport';
import { expectDevWarning } from '../../support/dev-warnings';

const seedBuyer = { email: 'iamport@siot.do', name: '아임포트', tel: '02-1234-1234' };

function renderButton(request: Partial<BillingKeyRequest> = {}, extra: Record<string, unknown> = {}) {
  const onSuccess = vi.fn();
  const onFailure = vi.fn();
  const onResult = vi.fn<(outcome: BillingKeyOutcome) => void>();
  const view = render(
    <IamportProvider userCode="imp12345678" onResult={onResult}>
      <BillingKeyButton
        pg="kakaopay"
        customerUid="your-customer-unique-id"
        onSuccess={onSuccess}
        onFailure={onFailure}
        {...request}
        {...extra}
      />
    </IamportProvider>,
  );
  return { ...view, onSuccess, onFailure, onResult, button: screen.getByRole('button') };
}

describe('BillingKeyButton — seed examples', () => {
  it.each([
    ['JTNet, amount 0 (seed 000/001)', 'jtnet', 0],
    ['JTNet, amount 1004 (seed 000)', 'jtnet', 1004],
    ['KG Inicis (seed 002)', 'html5_inicis.INIBillTst', 0],
    ['Danal, amount 0 (seed 003)', 'danal_tpay', 0],
    ['Danal, amount 1004 (seed 003)', 'danal_tpay', 1004],
  ] as const)('%s sends the seed object field for field', async (_label, pg, amount) => {
    // The seeds were written for JTNet, which has since closed: the library still sends them, and says so.
    if (pg === 'jtnet') expectDevWarning('jtnet is discontinued');
    const imp = stubIamport();
    const { button, onSuccess } = renderButton({ pg, amount, name: '최초인증결제', buyer: seedBuyer, redirectUrl: undefined });
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const params = imp.lastParams();
    const { merchant_uid, m_redirect_url, ...rest } = params;
    expect(merchant_uid).toMatch(/^\S{1,40}$/);
    expect(rest).toEqual({
      pg,
      pay_method: 'card',
      name: '최초인증결제',
      amount,
      customer_uid: 'your-customer-unique-id',
      buyer_email: 'iamport@siot.do',
      buyer_name: '아임포트',
      buyer_tel: '02-1234-1234',
    });
    // JTNet redirects on mobile and KG Inicis may (its current docs page sends m_redirect_url, pg-facts.md): they get the
    // current page; Danal card calls back everywhere.
    if (pg === 'danal_tpay') expect(m_redirect_url).toBeUndefined();
    else expect(m_redirect_url).toBe(window.location.href.split('?')[0]);
  });

  it('calls IMP.init with the provider userCode before request_pay', async () => {
    const imp = stubIamport();
    const { button, onSuccess } = renderButton();
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(imp.sdk.init).toHaveBeenCalledWith('imp12345678');
    expect(imp.sdk.init.mock.invocationCallOrder[0]).toBeLessThan(imp.sdk.request_pay.mock.invocationCallOrder[0]!);
  });
});

describe('BillingKeyButton — flow', () => {
  it('calls request_pay synchronously inside the click handler', () => {
    const imp = stubIamport(() => undefined);
    const { button } = renderButton();
    let calledDuringClick = false;
    // React handles clicks at its root; a document listener runs right after, still inside the same event dispatch.
    const afterReact = () => {
      calledDuringClick = imp.sdk.request_pay.mock.calls.length === 1;
    };
    document.addEventListener('click', afterReact);
    fireEvent.click(button);
    document.removeEventListener('click', afterReact);
    expect(calledDuringClick).toBe(true);
  });

  it('reports success to onSuccess and onResult', async () => {
    stubIamport((p) => ({ imp_uid: 'imp_9', merchant_uid: p.merchant_uid, error_code: null }));
    const { button, onSuccess, onResult, onFailure } = renderButton({ amount: 1004 });
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      customerUid: 'your-customer-unique-id',
      impUid: 'imp_9',
      pg: 'kakaopay',
      amount: 1004,
      charged: true,
      verified: false,
    });
    expect(onResult).toHaveBeenCalledWith({ status: 'success', result: onSuccess.mock.calls[0]![0] });
    expect(onFailure).not.toHaveBeenCalled();
  });

  it("still reports success to onSuccess when the provider's onResult throws, and surfaces that error on its own", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      stubIamport((p) => ({ imp_uid: 'imp_9', merchant_uid: p.merchant_uid, error_code: null }));
      const { button, onSuccess, onFailure, onResult } = renderButton({ amount: 1004 });
      onResult.mockImplementation(() => {
        throw new Error('merchant bug in onResult');
      });
      fireEvent.click(button);
      await act(async () => {});
      expect(onSuccess).toHaveBeenCalledTimes(1);
      expect(onFailure).not.toHaveBeenCalled();
      expect(() => vi.runOnlyPendingTimers()).toThrow('merchant bug in onResult');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a PG failure and a cancellation', async () => {
    const imp = stubIamport(() => undefined);
    const { button, onFailure } = renderButton();
    fireEvent.click(button);
    act(() => imp.answer({ success: false, error_msg: '[결제포기] 사용자가 결제를 취소하셨습니다' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'CANCELLED', message: '카드 등록을 취소했습니다.' });
    fireEvent.click(button);
    act(() => imp.answer({ error_code: 'F400', error_msg: '한도 초과' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(2));
    expect(onFailure.mock.calls[1]![0]).toMatchObject({ code: 'PG_FAILED' });
  });

  it('is aria-busy while the window is open and ignores clicks; request_pay is called once', async () => {
    const imp = stubIamport(() => undefined);
    const { button, onFailure, onSuccess } = renderButton();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    fireEvent.click(button);
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
    act(() => imp.answer({ imp_uid: 'i' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(button).toHaveAttribute('aria-busy', 'false');
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('gives a second button BUSY while another window is open', async () => {
    const imp = stubIamport(() => undefined);
    const second = vi.fn();
    render(
      <IamportProvider userCode="imp1">
        <BillingKeyButton pg="kcp_billing" customerUid="a">
          first
        </BillingKeyButton>
        <BillingKeyButton pg="kcp_billing" customerUid="b" onFailure={second}>
          second
        </BillingKeyButton>
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'first' }));
    fireEvent.click(screen.getByRole('button', { name: 'second' }));
    await waitFor(() => expect(second).toHaveBeenCalledWith(expect.objectContaining({ code: 'BUSY' })));
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
  });

  it('rejects invalid input without calling request_pay', async () => {
    const imp = stubIamport();
    const { button, onFailure, onResult } = renderButton({ amount: -1 });
    fireEvent.click(button);
    await waitFor(() =>
      expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_PARAMS', field: 'amount' })),
    );
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error: onFailure.mock.calls[0]![0] });
    expect(imp.sdk.request_pay).not.toHaveBeenCalled();
    expect(imp.sdk.init).not.toHaveBeenCalled();
  });

  it('tells the provider about outcomes of a button that unmounted meanwhile', async () => {
    const imp = stubIamport(() => undefined);
    const onResult = vi.fn();
    function Checkout() {
      const [shown, setShown] = useState(true);
      return (
        <IamportProvider userCode="imp1" onResult={onResult}>
          {shown && <BillingKeyButton pg="kcp_billing" customerUid="c1" />}
          <button onClick={() => setShown(false)}>hide</button>
        </IamportProvider>
      );
    }
    render(<Checkout />);
    fireEvent.click(screen.getByRole('button', { name: '카드 등록하기' }));
    fireEvent.click(screen.getByRole('button', { name: 'hide' }));
    expect(screen.queryByRole('button', { name: /카드/ })).toBeNull();
    act(() => imp.answer({ imp_uid: 'imp_5' }));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'success', result: { customerUid: 'c1', impUid: 'imp_5' } });
  });

  it('clicking before the SDK is ready shows loading, then opens the window once it loads', async () => {
    const { button } = renderButton();
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveTextContent('결제 모듈 불러오는 중');
    const imp = stubIamport(() => undefined);
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    act(() => {
      scripts[0]!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1));
    expect(button).toHaveTextContent('결제창에서 진행 중');
  });

  it('adds one script for many buttons and providers', () => {
    render(
      <StrictMode>
        <IamportProvider userCode="imp1">
          <BillingKeyButton pg="kcp_billing" customerUid="a" />
          <BillingKeyButton pg="kcp_billing" customerUid="b" />
        </IamportProvider>
        <IamportProvider userCode="imp2">
          <BillingKeyButton pg="kicc" customerUid="c" />
        </IamportProvider>
      </StrictMode>,
    );
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it('keeps every request prop off the <button> and still sends it', async () => {
    const imp = stubIamport();
    const { button, onSuccess } = renderButton(
      {
        pg: 'kcp_billing',
        name: '정기결제',
        amount: 0,
        merchantUid: 'mid_no_leak',
        payMethod: 'card',
        buyer: seedBuyer,
        redirectUrl: 'https://shop.example/done',
        cards: ['366'],
        params: { custom_data: 'x' },
      },
      { title: 'kept' },
    );
    for (const name of [
      'name',
      'pg',
      'amount',
      'customeruid',
      'merchantuid',
      'paymethod',
      'buyer',
      'redirecturl',
      'cards',
      'params',
    ]) {
      expect(button).not.toHaveAttribute(name);
    }
    expect(button).toHaveAttribute('title', 'kept');
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(imp.lastParams()).toMatchObject({
      name: '정기결제',
      merchant_uid: 'mid_no_leak',
      m_redirect_url: 'https://shop.example/done',
      card: {
        detail: [
          { card_code: '*', enabled: false },
          { card_code: '366', enabled: true },
        ],
      },
      custom_data: 'x',
    });
  });

  it('passes other button attributes through and uses the English label with locale="en"', () => {
    stubIamport();
    render(
      <IamportProvider userCode="imp1" locale="en">
        <BillingKeyButton pg="kcp_billing" customerUid="a" className="mine" data-testid="bk" aria-label="Add a card" />
      </IamportProvider>,
    );
    const button = screen.getByTestId('bk');
    expect(button).toHaveClass('mine');
    expect(button).toHaveAccessibleName('Add a card');
    expect(button).toHaveTextContent('Register card');
  });
});
