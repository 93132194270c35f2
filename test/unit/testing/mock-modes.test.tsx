// The test kit's answer modes, delivery 'auto', the galaxia window and resetBillingKeyState().
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider, type BillingKeyRequest } from '../../../src';
import { STORAGE_KEYS } from '../../../src/core';
import { isWindowBusy } from '../../../src/core/page/window-lock';
import { installMockIamport, installMockPortOne, resetBillingKeyState, type MockIamportOptions } from '../../../src/testing';

const go = (url: string) => window.history.pushState(null, '', url);
const userAgent = Object.getOwnPropertyDescriptor(window.navigator, 'userAgent');

afterEach(() => {
  window.history.replaceState(null, '', '/');
  if (userAgent) Object.defineProperty(window.navigator, 'userAgent', userAgent);
  else delete (window.navigator as { userAgent?: string }).userAgent;
});

function checkout(request: Partial<BillingKeyRequest> = {}) {
  const onSuccess = vi.fn();
  const onFailure = vi.fn();
  render(
    <IamportProvider userCode="imp12345678">
      <BillingKeyButton
        pg="kcp_billing"
        customerUid="member_1"
        onSuccess={onSuccess}
        onFailure={onFailure}
        notice="none"
        {...request}
      />
    </IamportProvider>,
  );
  return { onSuccess, onFailure, button: screen.getByRole('button') };
}

describe('answer modes', () => {
  it("'sync' answers inside request_pay, before the click handler returns", async () => {
    const iamport = installMockIamport({ answer: 'sync' });
    const { button, onSuccess } = checkout();
    fireEvent.click(button);
    expect(iamport.pending).toEqual([]);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  });

  it("'manual' keeps the window open (pending) until answer(); answer() then takes an outcome or response fields", async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { button, onSuccess, onFailure } = checkout();
    fireEvent.click(button);
    expect(iamport.pending).toHaveLength(1);
    expect(iamport.pending[0]).toBe(iamport.lastRequest());
    expect(button).toHaveAttribute('aria-busy', 'true');
    act(() => iamport.answer({ error_code: 'F400', error_msg: '한도 초과' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'PG_FAILED', pgMessage: '한도 초과' });
    fireEvent.click(button);
    act(() => iamport.answer('success'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.pending).toEqual([]);
  });

  it('answer() with nothing waiting is a clear error', () => {
    const iamport = installMockIamport({ answer: 'manual' });
    expect(() => iamport.answer()).toThrow(/no request is waiting/);
  });

  it('answer() while a scripted or decided answer is still on its delay answers once, never twice (v1 and v2)', async () => {
    // auto mode: answer() before the delay ends; simulated window: answer() after the buyer decided, before the delay ends.
    for (const options of [{ delayMs: 20 }, { delayMs: 20, simulateWindow: true }]) {
      const iamport = installMockIamport(options);
      const callback = vi.fn();
      iamport.sdk.request_pay(
        { pg: 'kcp_billing', customer_uid: 'member_1', merchant_uid: 'order_1', name: '정기결제', amount: 0 },
        callback,
      );
      if (options.simulateWindow) fireEvent.click(screen.getByRole('button', { name: '승인' }));
      iamport.answer('failure');
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(callback).toHaveBeenCalledTimes(1);
      expect(callback.mock.calls[0]![0]).toMatchObject({ error_code: 'F400' });
      iamport.uninstall();

      const portone = installMockPortOne(options);
      const container = document.body.appendChild(document.createElement('div'));
      container.className = 'portone-ui-container';
      const callbacks = { onIssueBillingKeySuccess: vi.fn(), onIssueBillingKeyFail: vi.fn() };
      const ui = {
        uiType: 'PAYPAL_RT',
        storeId: 'store-1',
        channelKey: 'channel-key-1',
        billingKeyMethod: 'PAYPAL',
        issueId: 'issue_1',
        issueName: '정기결제',
      } as const;
      await portone.sdk.loadIssueBillingKeyUI!(ui, callbacks);
      portone.paypal.click();
      if (options.simulateWindow) fireEvent.click(screen.getByRole('button', { name: '승인' }));
      portone.answer('failure');
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(callbacks.onIssueBillingKeyFail).toHaveBeenCalledTimes(1);
      expect(callbacks.onIssueBillingKeySuccess).not.toHaveBeenCalled();
      portone.uninstall();
      container.remove();
    }
  });

  it('uninstalling two stand-ins in either order leaves the page as it was (v1 and v2)', () => {
    const page = window as { IMP?: unknown; PortOne?: unknown };
    for (const install of [installMockIamport, installMockPortOne]) {
      const first = install();
      const second = install();
      first.uninstall();
      expect(Object.values(page)).toContain(second.sdk); // the one on top stays until it goes
      second.uninstall();
      expect('IMP' in page || 'PortOne' in page).toBe(false);
    }
  });

  it('resetBillingKeyState() drops answers still waiting, so a stand-in kept installed across tests answers the next test’s request', async () => {
    // A stand-in installed once (beforeAll) with a reset after each test: the first test leaves its window unanswered.
    const iamport = installMockIamport({ answer: 'manual' });
    const portone = installMockPortOne({ answer: 'manual' });
    fireEvent.click(checkout().button);
    void portone.sdk.requestIssueBillingKey({
      storeId: 'store-1',
      channelKey: 'channel-key-1',
      billingKeyMethod: 'CARD',
      issueId: 'issue_1',
      issueName: '정기결제',
    });
    expect(iamport.pending).toHaveLength(1);
    cleanup();
    resetBillingKeyState();
    expect(iamport.pending).toEqual([]);
    expect(portone.pending).toEqual([]);
    expect(() => iamport.answer()).toThrow(/no request is waiting/);

    const { button, onSuccess } = checkout({ customerUid: 'member_2' });
    fireEvent.click(button);
    act(() => iamport.answer('success'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ customerUid: 'member_2' });
    iamport.uninstall();
    portone.uninstall();
  });

  it('a cancel answers with a neutral error_code (F400), not F1002 (PortOne’s “already paid”)', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { button, onFailure } = checkout();
    fireEvent.click(button);
    act(() => iamport.answer('cancel'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'CANCELLED', pgCode: 'F400' });
  });

  it('uninstall() with a window still pending releases the page’s window lock', () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { button } = checkout();
    fireEvent.click(button);
    expect(isWindowBusy()).toBe(true);
    iamport.uninstall();
    expect(isWindowBusy()).toBe(false);
  });
});

describe("delivery 'auto' does what the PG does on this device", () => {
  const mobile = () =>
    Object.defineProperty(window.navigator, 'userAgent', {
      configurable: true,
      value: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148',
    });

  it.each([
    ['kcp_billing on a phone redirects', 'kcp_billing', true, true],
    ['kcp_billing on a PC calls back', 'kcp_billing', false, false],
    ['danal_tpay on a phone calls back', 'danal_tpay', true, false],
    ['payco on a phone calls back', 'payco', true, false],
  ] as const)('%s', async (_label, pg, onPhone, redirects) => {
    if (onPhone) mobile();
    const options: MockIamportOptions = { delivery: 'auto', navigate: go };
    installMockIamport(options);
    // Danal's docs recommend the buyer's phone number; the others take it too.
    const { button, onSuccess } = checkout({ pg, buyer: { tel: '010-1234-5678' } });
    fireEvent.click(button);
    if (redirects) {
      await waitFor(() => expect(window.location.search).toContain('imp_uid='));
      expect(onSuccess).not.toHaveBeenCalled();
    } else {
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
      expect(window.location.search).toBe('');
    }
  });

  it('Naver Pay in popup mode calls back even on a phone', async () => {
    mobile();
    installMockIamport({ delivery: 'auto', navigate: go });
    const { button, onSuccess } = checkout({
      pg: 'naverpay',
      buyer: { tel: '010-1234-5678' },
      params: { naverPopupMode: true, naverProductCode: 'plan-pro' },
    });
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  });
});

describe('the simulated window shows each PG’s behaviour', () => {
  it('Galaxia card at amount 0: the window shows 1,000 KRW and says nothing is charged', async () => {
    installMockIamport({ simulateWindow: true });
    const { button } = checkout({ pg: 'galaxia', customerId: 'member1', amount: 0 });
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: '갤럭시아머니트리 결제창 (테스트)' });
    expect(dialog).toHaveTextContent('1,000원');
    expect(dialog).toHaveTextContent('결제창에 1,000원이 표시되지만 실제로 결제되지 않고 카드만 등록됩니다.');
    fireEvent.click(within(dialog).getByRole('button', { name: '취소' }));
  });

  it('a buyer-chosen pay method shows as such, and a PG added through pgRules shows its pg value', async () => {
    installMockIamport({ simulateWindow: true });
    const { button } = checkout({ pg: 'kakaopay' });
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: '카카오페이 결제창 (테스트)' });
    expect(dialog).toHaveTextContent('구매자가 선택');
    fireEvent.click(within(dialog).getByRole('button', { name: '취소' }));
  });
});

describe('resetBillingKeyState()', () => {
  it('puts the page back to fresh: lock, storage keys, script tags and open simulated windows', async () => {
    installMockIamport({ simulateWindow: true });
    const { button } = checkout();
    fireEvent.click(button);
    await screen.findByRole('dialog');
    window.sessionStorage.setItem(STORAGE_KEYS.reported, '{"x":1}');
    const tag = document.createElement('script');
    tag.setAttribute('data-react-billing-key', 'v1');
    document.head.append(tag);
    window.sessionStorage.setItem('merchant-own-key', 'kept');

    resetBillingKeyState();
    expect(isWindowBusy()).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    for (const key of Object.values(STORAGE_KEYS)) expect(window.sessionStorage.getItem(key)).toBeNull();
    expect(document.querySelector('script[data-react-billing-key]')).toBeNull();
    expect(window.sessionStorage.getItem('merchant-own-key')).toBe('kept');
    window.sessionStorage.removeItem('merchant-own-key');
  });

  it('abandons a request still waiting on a mounted button, so the button works again (not BUSY)', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { button, onFailure } = checkout();
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    act(() => resetBillingKeyState());
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy', 'true'));
    const fresh = installMockIamport({ answer: 'manual' });
    fireEvent.click(button);
    await waitFor(() => expect(fresh.pending).toHaveLength(1));
    expect(onFailure).not.toHaveBeenCalledWith(expect.objectContaining({ code: 'BUSY' }));
    iamport.uninstall();
  });
});
