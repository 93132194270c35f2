import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  IamportProvider,
  type BillingKeyError,
  type BillingKeyRequest,
  type BillingKeyResult,
  type IamportSdk,
} from '../../../src';
import { installMockIamport, type MockIamport, type MockIamportOptions } from '../../../src/testing';
import { expectDevWarning } from '../../support/dev-warnings';

const installed: MockIamport[] = [];
function install(options?: MockIamportOptions): MockIamport {
  const mock = installMockIamport(options);
  installed.push(mock);
  return mock;
}

afterEach(() => {
  vi.useRealTimers();
  while (installed.length) installed.pop()!.uninstall();
});

function renderButton(request: Partial<BillingKeyRequest> = {}) {
  const onSuccess = vi.fn<(result: BillingKeyResult) => void>();
  const onFailure = vi.fn<(error: BillingKeyError) => void>();
  render(
    <IamportProvider userCode="imp12345678">
      <BillingKeyButton pg="kakaopay" customerUid="member_1_card_1" onSuccess={onSuccess} onFailure={onFailure} {...request} />
    </IamportProvider>,
  );
  return { onSuccess, onFailure, button: screen.getByRole('button') };
}

const settled = (spies: { onSuccess: { mock: { calls: unknown[] } }; onFailure: { mock: { calls: unknown[] } } }) =>
  waitFor(() => expect(spies.onSuccess.mock.calls.length + spies.onFailure.mock.calls.length).toBe(1));

describe('installMockIamport — scripted outcomes through BillingKeyButton', () => {
  const shapes = ['current', 'legacy', 'mobile'] as const;

  it.each(shapes)('success, %s shape → onSuccess with the customerUid and an imp_uid', async (shape) => {
    const imp = install({ shape });
    const view = renderButton({ amount: 1004 });
    fireEvent.click(view.button);
    await settled(view);
    const result = view.onSuccess.mock.calls[0]![0];
    expect(result).toMatchObject({
      customerUid: 'member_1_card_1',
      merchantUid: imp.lastRequest().merchant_uid,
      amount: 1004,
      charged: true,
    });
    expect(result.impUid).toMatch(/^imp_\w+$/);
    expect(result.response.error_code).toBeNull();
    if (shape === 'current') expect(result.response).not.toHaveProperty('success');
    if (shape === 'current') expect(result.response).not.toHaveProperty('imp_success');
    if (shape === 'legacy') expect(result.response.success).toBe(true);
    if (shape === 'mobile') expect(result.response.imp_success).toBe(true);
  });

  it.each(shapes)('failure, %s shape → onFailure PG_FAILED with the default code and message', async (shape) => {
    install({ shape, outcome: 'failure' });
    const view = renderButton();
    fireEvent.click(view.button);
    await settled(view);
    const error = view.onFailure.mock.calls[0]![0];
    expect(error.code).toBe('PG_FAILED');
    expect(error.response).toMatchObject({ error_code: 'F400', error_msg: '[카드사] 카드 인증에 실패했습니다' });
    if (shape === 'legacy') expect(error.response).toMatchObject({ success: false });
    if (shape === 'mobile') expect(error.response).toMatchObject({ imp_success: false });
  });

  it.each(shapes)('cancel, %s shape → onFailure CANCELLED', async (shape) => {
    install({ shape, outcome: 'cancel' });
    const view = renderButton();
    fireEvent.click(view.button);
    await settled(view);
    expect(view.onFailure.mock.calls[0]![0].code).toBe('CANCELLED');
    expect(view.onSuccess).not.toHaveBeenCalled();
  });

  it('failure carries the given PG code and message', async () => {
    install({ outcome: 'failure', failure: { code: 'F999', message: '한도 초과' } });
    const view = renderButton();
    fireEvent.click(view.button);
    await settled(view);
    expect(view.onFailure.mock.calls[0]![0]).toMatchObject({
      code: 'PG_FAILED',
      response: { error_code: 'F999', error_msg: '한도 초과' },
    });
  });

  it('records init userCodes and request_pay params; lastRequest throws before any request', async () => {
    const imp = install();
    expect(() => imp.lastRequest()).toThrow(/request_pay/);
    const view = renderButton({ pg: 'danal_tpay', amount: 0, buyer: { tel: '010-1234-5678' } });
    fireEvent.click(view.button);
    await settled(view);
    expect(imp.inits).toEqual(['imp12345678']);
    expect(imp.requests).toHaveLength(1);
    expect(imp.lastRequest()).toMatchObject({ pg: 'danal_tpay', customer_uid: 'member_1_card_1', amount: 0, pay_method: 'card' });
  });

  it('answers a request without customer_uid with a failure (no key without it)', async () => {
    const imp = install();
    const callback = vi.fn();
    imp.sdk.request_pay(
      { pg: 'kcp_billing', pay_method: 'card', merchant_uid: 'order_1', customer_uid: '', name: 'x', amount: 0 },
      callback,
    );
    await waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    expect(callback.mock.calls[0]![0]).toMatchObject({ merchant_uid: 'order_1', error_code: 'F400' });
    expect(callback.mock.calls[0]![0].error_msg).toContain('customer_uid');
  });
});

describe('installMockIamport — delivery: redirect', () => {
  const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

  it.each([
    ['current', 'success', {}],
    ['legacy', 'success', { success: 'true' }],
    ['mobile', 'success', { imp_success: 'true' }],
    ['mobile', 'failure', { imp_success: 'false', error_code: 'F400', error_msg: '[카드사] 카드 인증에 실패했습니다' }],
    ['legacy', 'cancel', { success: 'false', error_code: 'F400', error_msg: '[결제포기] 사용자가 결제를 취소하셨습니다' }],
  ] as const)(
    '%s shape, %s: navigates to m_redirect_url with the real query keys and never calls back',
    async (shape, outcome, expected) => {
      const navigate = vi.fn<(url: string) => void>();
      const imp = install({ delivery: 'redirect', navigate, shape, outcome });
      const view = renderButton({ redirectUrl: 'https://shop.example/billing/return?step=2' });
      fireEvent.click(view.button);
      await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
      const url = navigate.mock.calls[0]![0];
      expect(url.startsWith('https://shop.example/billing/return?')).toBe(true);
      const { imp_uid, ...rest } = query(url);
      expect(imp_uid).toMatch(/^imp_\w+$/);
      expect(rest).toEqual({ step: '2', merchant_uid: imp.lastRequest().merchant_uid, ...expected });
      // The answer went to the address bar, not to the page: the window stays open from the page's point of view.
      expect(view.onSuccess).not.toHaveBeenCalled();
      expect(view.onFailure).not.toHaveBeenCalled();
      expect(view.button).toHaveAttribute('aria-busy', 'true');
    },
  );

  it('uninstall after a redirect frees the page for the next request (no BUSY)', async () => {
    const navigate = vi.fn<(url: string) => void>();
    const redirecting = installMockIamport({ delivery: 'redirect', navigate });
    const first = renderButton({ redirectUrl: 'https://shop.example/return' });
    fireEvent.click(first.button);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    redirecting.uninstall();
    cleanup();

    install();
    const second = renderButton();
    fireEvent.click(second.button);
    await settled(second);
    expect(second.onSuccess).toHaveBeenCalledTimes(1);
  });

  it('without m_redirect_url it comes back to the current page', async () => {
    const navigate = vi.fn<(url: string) => void>();
    const imp = install({ delivery: 'redirect', navigate });
    imp.sdk.request_pay({
      pg: 'payco',
      pay_method: 'card',
      merchant_uid: 'order_1',
      customer_uid: 'member_1',
      name: 'x',
      amount: 0,
    });
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.origin + url.pathname).toBe(window.location.origin + window.location.pathname);
    expect(url.searchParams.get('merchant_uid')).toBe('order_1');
  });
});

describe('installMockIamport — delayMs', () => {
  it('answers only after delayMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const imp = install({ delayMs: 1000 });
    const view = renderButton();
    fireEvent.click(view.button);
    expect(imp.requests).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(view.onSuccess).not.toHaveBeenCalled();
    expect(view.button).toHaveAttribute('aria-busy', 'true');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(view.onSuccess).toHaveBeenCalledTimes(1);
  });
});

describe('installMockIamport — simulated window', () => {
  async function openWindow(request: Partial<BillingKeyRequest> = {}, options: MockIamportOptions = {}) {
    const imp = install({ simulateWindow: true, ...options });
    const view = renderButton(request);
    view.button.focus();
    fireEvent.click(view.button);
    const dialog = await screen.findByRole('dialog');
    return { imp, view, dialog };
  }

  it('is a labelled, described modal dialog with the PG, amount, charge and customer_uid; focus starts on Approve', async () => {
    const { dialog } = await openWindow({ pg: 'kakaopay', amount: 1004, customerUid: 'member_7_card_2' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('카카오페이 결제창 (테스트)');
    expect(dialog).toHaveAccessibleDescription(/1,004원/);
    expect(dialog).toHaveAccessibleDescription(/지금 결제됩니다/);
    expect(dialog).toHaveAccessibleDescription(/member_7_card_2/);
    expect(within(dialog).getByRole('button', { name: '승인' })).toHaveFocus();
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['승인', '거절', '취소']);
  });

  it('Approve → onSuccess (whatever `outcome` says), the window closes and focus returns to the button', async () => {
    const user = userEvent.setup();
    const { view, dialog } = await openWindow({}, { outcome: 'failure' });
    await user.click(within(dialog).getByRole('button', { name: '승인' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(view.button).toHaveFocus();
    await settled(view);
    expect(view.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_1_card_1' }));
  });

  it('Decline → onFailure PG_FAILED with the configured failure', async () => {
    const user = userEvent.setup();
    const { view, dialog } = await openWindow({}, { failure: { code: 'F777', message: '잔액 부족' } });
    await user.click(within(dialog).getByRole('button', { name: '거절' }));
    await settled(view);
    expect(view.onFailure.mock.calls[0]![0]).toMatchObject({ code: 'PG_FAILED', response: { error_code: 'F777' } });
    expect(view.button).toHaveFocus();
  });

  it('Cancel → onFailure CANCELLED', async () => {
    const user = userEvent.setup();
    const { view, dialog } = await openWindow();
    await user.click(within(dialog).getByRole('button', { name: '취소' }));
    await settled(view);
    expect(view.onFailure.mock.calls[0]![0].code).toBe('CANCELLED');
  });

  it('Escape → onFailure CANCELLED, window closed, focus back on the button', async () => {
    const user = userEvent.setup();
    const { view } = await openWindow();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(view.button).toHaveFocus();
    await settled(view);
    expect(view.onFailure.mock.calls[0]![0].code).toBe('CANCELLED');
  });

  it('traps Tab and Shift+Tab inside the window', async () => {
    const user = userEvent.setup();
    const { dialog } = await openWindow();
    const [approve, decline, cancel] = within(dialog).getAllByRole('button');
    await user.tab();
    expect(decline).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(approve).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
  });

  it('pulls focus back when it lands outside the window', async () => {
    const { view, dialog } = await openWindow();
    view.button.focus();
    expect(within(dialog).getByRole('button', { name: '승인' })).toHaveFocus();
  });

  it('Danal card with amount 0 tells about the 10 KRW test charge', async () => {
    const { dialog } = await openWindow({ pg: 'danal_tpay', amount: 0, buyer: { tel: '010-1234-5678' } });
    expect(dialog).toHaveAccessibleName('다날 신용카드 결제창 (테스트)');
    expect(dialog).toHaveTextContent(/10원이 결제되었다가 약 30분 뒤 자동으로 취소/);
  });

  it('a display-only PG says the amount is not charged now', async () => {
    const notCharged = expectDevWarning('amount 9900 is only shown in the window and is not charged');
    const { dialog } = await openWindow({ pg: 'html5_inicis.INIBillTst', amount: 9900 });
    expect(notCharged[0]).toContain('/subscribe/payments/again');
    expect(dialog).toHaveTextContent(/9,900원은 지금 결제되지 않습니다/);
  });

  it('amount 0 on a key-only PG says nothing is charged', async () => {
    const { dialog } = await openWindow({ pg: 'kcp_billing', amount: 0 });
    expect(dialog).toHaveTextContent('결제되지 않고 결제수단만 등록됩니다.');
  });

  it("locale 'en' words the window in English", async () => {
    const { dialog } = await openWindow({ pg: 'danal_tpay', amount: 0, buyer: { tel: '010-1234-5678' } }, { locale: 'en' });
    expect(dialog).toHaveAccessibleName('Danal card payment window (test)');
    expect(dialog).toHaveTextContent(/10 KRW is charged and automatically cancelled/);
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Approve', 'Decline', 'Cancel']);
  });

  it('delayMs starts when the buyer decides', async () => {
    const { view, dialog } = await openWindow({}, { delayMs: 500 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(within(dialog).getByRole('button', { name: '승인' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(499));
    expect(view.onSuccess).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(view.onSuccess).toHaveBeenCalledTimes(1);
  });
});

describe('installMockIamport — uninstall', () => {
  it('restores the previous window.IMP', () => {
    const previous: IamportSdk = { init: () => {}, request_pay: () => {} };
    (window as { IMP?: IamportSdk }).IMP = previous;
    const imp = installMockIamport();
    expect((window as { IMP?: IamportSdk }).IMP).toBe(imp.sdk);
    imp.uninstall();
    expect((window as { IMP?: IamportSdk }).IMP).toBe(previous);
  });

  it('removes window.IMP when there was none, and is safe to call twice', () => {
    const imp = installMockIamport();
    imp.uninstall();
    imp.uninstall();
    expect('IMP' in window).toBe(false);
  });

  it('installs on a given target instead of window', () => {
    const target: { IMP?: unknown } = {};
    const imp = installMockIamport({ target });
    expect(target.IMP).toBe(imp.sdk);
    expect('IMP' in window).toBe(false);
    imp.uninstall();
    expect('IMP' in target).toBe(false);
  });

  it('closes an open simulated window and drops answers still waiting', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const imp = installMockIamport({ simulateWindow: true });
    const params = {
      pg: 'kcp_billing',
      pay_method: 'card' as const,
      merchant_uid: 'order_1',
      customer_uid: 'member_1',
      name: 'x',
      amount: 0,
    };
    const inWindow = vi.fn();
    imp.sdk.request_pay(params, inWindow);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    imp.uninstall();
    expect(screen.queryByRole('dialog')).toBeNull();

    const delayed = installMockIamport({ delayMs: 100 });
    const waiting = vi.fn();
    delayed.sdk.request_pay(params, waiting);
    delayed.uninstall();
    await vi.runAllTimersAsync();
    expect(inWindow).not.toHaveBeenCalled();
    expect(waiting).not.toHaveBeenCalled();
  });
});

describe('installMockIamport — the examples of docs/testing.md', () => {
  it('saves the card the buyer registered', async () => {
    const imp = install();
    const onSaved = vi.fn();
    render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="kcp_billing" customerUid="member_42_card_1" onSuccess={(r) => onSaved(r.customerUid)} />
      </IamportProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: '카드 등록하기' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('member_42_card_1'));
    expect(imp.inits).toEqual(['imp12345678']);
    expect(imp.lastRequest()).toMatchObject({ pg: 'kcp_billing', customer_uid: 'member_42_card_1', amount: 0 });
  });

  it('registers the card after a mobile redirect', async () => {
    const start = window.location.href;
    try {
      const imp = installMockIamport({
        delivery: 'redirect',
        shape: 'mobile',
        navigate: (url) => window.history.pushState(null, '', url),
      });
      const checkout = render(
        <IamportProvider userCode="imp12345678">
          <BillingKeyButton pg="kcp_billing" customerUid="member_42_card_1" />
        </IamportProvider>,
      );
      await userEvent.click(screen.getByRole('button'));
      await waitFor(() => expect(window.location.search).toContain('imp_success=true'));
      checkout.unmount();
      imp.uninstall();

      const onSuccess = vi.fn();
      render(<BillingKeyRedirect onSuccess={onSuccess} />);
      await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_42_card_1' })));
      expect(window.location.search).not.toContain('imp_uid');
    } finally {
      window.history.replaceState(null, '', start);
    }
  });

  it('the simulated window snippet: find the dialog by name and approve', async () => {
    install({ simulateWindow: true });
    const view = renderButton();
    await userEvent.click(screen.getByRole('button', { name: '카드 등록하기' }));
    const dialog = await screen.findByRole('dialog', { name: /결제창/ });
    await userEvent.click(within(dialog).getByRole('button', { name: '승인' }));
    await settled(view);
    expect(view.onSuccess).toHaveBeenCalledTimes(1);
  });
});
