// DESIGN.md useBillingKeyRedirect / BillingKeyRedirect and issue 5: recovered customerUid, exactly once,
// query cleanup keeping the merchant's keys, unknown merchant_uid → customerUid null, verify, no buyer data stored.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  IamportProvider,
  useBillingKeyRedirect,
  type BillingKeyRequest,
  type BillingKeyResult,
  type UseBillingKeyRedirectValue,
} from '../../src';
import { installMockIamport, type MockIamportOptions } from '../../src/testing';
import { USER_CODE } from '../support/kit';

const go = (url: string) => window.history.pushState(null, '', url);
const path = () => window.location.pathname + window.location.search + window.location.hash;

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** Clicks a button whose PG redirects; the stand-in "navigates" with pushState. Returns the sent params. */
async function leaveThroughWindow(request: Partial<BillingKeyRequest> = {}, options: MockIamportOptions = {}) {
  const iamport = installMockIamport({ delivery: 'redirect', navigate: go, ...options });
  const before = window.location.href;
  const view = render(
    <IamportProvider userCode={USER_CODE}>
      <BillingKeyButton
        pg="kcp_billing"
        customerUid="member_7_card_2"
        amount={0}
        buyer={{ name: '홍길동', email: 'gildong@example.com', tel: '010-1234-5678' }}
        {...request}
      />
    </IamportProvider>,
  );
  fireEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(window.location.href).not.toBe(before));
  const params = iamport.lastRequest();
  view.unmount();
  iamport.uninstall();
  return params;
}

function land(props: { onSuccess?: (r: BillingKeyResult) => void; onFailure?: (e: unknown) => void } = {}, strict = false) {
  const onSuccess = vi.fn(props.onSuccess);
  const onFailure = vi.fn(props.onFailure);
  const tree = (
    <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure}>
      <p>back on the page</p>
    </BillingKeyRedirect>
  );
  const view = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { ...view, onSuccess, onFailure };
}

describe('mobile round trip', () => {
  it('recovers the customerUid, reports once, and cleans the address bar keeping the merchant’s keys', async () => {
    go('/checkout?plan=pro&ref=ad#pay');
    const sent = await leaveThroughWindow({}, { shape: 'mobile' });
    expect(window.location.search).toContain('merchant_uid=');
    const { onSuccess, onFailure, unmount } = land();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      customerUid: 'member_7_card_2',
      merchantUid: sent.merchant_uid,
      pg: 'kcp_billing',
      amount: 0,
      charged: false,
      verified: false,
    });
    expect(onFailure).not.toHaveBeenCalled();
    await waitFor(() => expect(window.location.search).not.toContain('merchant_uid'));
    const url = new URL(window.location.href);
    expect(url.pathname).toBe('/checkout');
    expect(url.searchParams.get('plan')).toBe('pro');
    expect(url.searchParams.get('ref')).toBe('ad');
    for (const key of ['imp_uid', 'merchant_uid', 'imp_success', 'success', 'error_code', 'error_msg'])
      expect(url.searchParams.has(key)).toBe(false);
    unmount();
    // a remount on the same page does not report again
    const again = land();
    expect(screen.getByText('back on the page')).toBeInTheDocument();
    await act(async () => {});
    expect(again.onSuccess).not.toHaveBeenCalled();
  });

  it('the same redirect URL visited again (back button) is not reported twice', async () => {
    go('/checkout');
    await leaveThroughWindow();
    const redirected = path();
    const first = land();
    await waitFor(() => expect(first.onSuccess).toHaveBeenCalledTimes(1));
    first.unmount();
    go(redirected);
    const second = land();
    await act(async () => {});
    await waitFor(() => expect(window.location.search).not.toContain('merchant_uid'));
    expect(second.onSuccess).not.toHaveBeenCalled();
    expect(second.onFailure).not.toHaveBeenCalled();
  });

  it('a retry under the merchant’s own merchantUid after a failed return reports its own return', async () => {
    go('/checkout');
    // A failure return may carry no imp_uid (the window failed before PortOne made one): two such returns look alike.
    const failWithoutImpUid = async () => {
      await leaveThroughWindow({ merchantUid: 'order_42' }, { outcome: 'failure' });
      const back = new URLSearchParams(window.location.search);
      back.delete('imp_uid');
      window.history.replaceState(null, '', `/checkout?${back.toString()}`);
      const page = land();
      await waitFor(() => expect(page.onFailure).toHaveBeenCalledTimes(1));
      page.unmount();
    };
    await failWithoutImpUid();
    await failWithoutImpUid();
    await leaveThroughWindow({ merchantUid: 'order_42' });
    const third = land();
    await waitFor(() => expect(third.onSuccess).toHaveBeenCalledTimes(1));
    expect(third.onSuccess.mock.calls[0]![0]).toMatchObject({ merchantUid: 'order_42', customerUid: 'member_7_card_2' });
  });

  it('StrictMode double effects report once', async () => {
    go('/checkout');
    await leaveThroughWindow();
    const { onSuccess } = land({}, true);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await act(async () => {});
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('remembers no buyer personal data in sessionStorage', async () => {
    go('/checkout');
    await leaveThroughWindow();
    const stored = Object.keys(window.sessionStorage)
      .map((k) => `${k}=${window.sessionStorage.getItem(k)}`)
      .join('\n');
    expect(stored).toContain('member_7_card_2');
    for (const personal of ['홍길동', 'gildong@example.com', '010-1234-5678']) expect(stored).not.toContain(personal);
  });

  it.each([
    ['failure', 'PG_FAILED'],
    ['cancel', 'CANCELLED'],
  ] as const)('a %s redirect is %s, reported once, URL cleaned', async (outcome, code) => {
    go('/checkout?plan=basic');
    await leaveThroughWindow(
      {},
      { outcome, shape: 'mobile', ...(outcome === 'cancel' ? { failure: { message: '사용자가 결제를 취소하셨습니다' } } : {}) },
    );
    const { onSuccess, onFailure } = land();
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code });
    expect(onSuccess).not.toHaveBeenCalled();
    await waitFor(() => expect(path()).toBe('/checkout?plan=basic'));
  });

  it('the legacy success=false string shape is a failure too', async () => {
    go('/checkout');
    await leaveThroughWindow({}, { outcome: 'failure', shape: 'legacy' });
    expect(new URL(window.location.href).searchParams.get('success')).toBe('false');
    const { onFailure } = land();
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
  });
});

describe('redirects this browser did not start', () => {
  it('an unknown merchant_uid still reports, with customerUid null, for the server to check', async () => {
    go('/done?imp_uid=imp_555&merchant_uid=order_from_elsewhere&imp_success=true');
    const { onSuccess } = land();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      customerUid: null,
      merchantUid: 'order_from_elsewhere',
      impUid: 'imp_555',
      verified: false,
    });
    await waitFor(() => expect(path()).toBe('/done'));
  });

  it('cleanup keeps the merchant’s keys in their order and the hash', async () => {
    go('/done?a=1&imp_uid=imp_9&merchant_uid=order_y&b=2&imp_success=true&c=3#receipt');
    const { onSuccess } = land();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(path()).toBe('/done?a=1&b=2&c=3#receipt'));
  });

  it('an unknown failed redirect reports the failure', async () => {
    go('/done?imp_uid=&merchant_uid=order_x&imp_success=false&error_code=F400&error_msg=%EA%B1%B0%EC%A0%88');
    const { onFailure } = land();
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
  });

  it('a return with merchant_uid and only an error_msg is a failure (never a success with a recovered customerUid)', async () => {
    go('/checkout');
    await leaveThroughWindow({ merchantUid: 'order_9' }, { outcome: 'cancel' });
    const back = new URLSearchParams(window.location.search);
    for (const key of ['imp_uid', 'imp_success', 'success', 'error_code']) back.delete(key);
    back.set('error_msg', '[결제포기] 사용자가 결제를 취소하셨습니다');
    window.history.replaceState(null, '', `/checkout?${back.toString()}`);
    const { onSuccess, onFailure } = land();
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'CANCELLED' });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('a URL without merchant_uid does nothing and is left alone', async () => {
    go('/done?imp_uid=imp_1&imp_success=true&plan=pro');
    const { onSuccess, onFailure } = land();
    await act(async () => {});
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(path()).toBe('/done?imp_uid=imp_1&imp_success=true&plan=pro');
  });
});

describe('with a provider: verify and onResult', () => {
  function Landing({ out }: { out: { current?: UseBillingKeyRedirectValue } }) {
    out.current = useBillingKeyRedirect();
    return null;
  }

  it('verify true → verifying, then success with verified: true, seen by onResult', async () => {
    go('/checkout');
    await leaveThroughWindow();
    let release!: (ok: boolean) => void;
    const verify = vi.fn(() => new Promise<boolean>((r) => (release = r)));
    const onResult = vi.fn();
    const out: { current?: UseBillingKeyRedirectValue } = {};
    render(
      <IamportProvider userCode={USER_CODE} verify={verify} onResult={onResult}>
        <Landing out={out} />
      </IamportProvider>,
    );
    await waitFor(() => expect(out.current?.status).toBe('verifying'));
    expect(verify).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_7_card_2' }));
    expect(onResult).not.toHaveBeenCalled();
    await act(async () => release(true));
    await waitFor(() => expect(out.current?.status).toBe('success'));
    expect(out.current?.result).toMatchObject({ customerUid: 'member_7_card_2', verified: true });
    expect(onResult).toHaveBeenCalledWith({ status: 'success', result: out.current?.result });
    expect(onResult).toHaveBeenCalledTimes(1);
  });

  it('a page mounted again while verify runs follows it to success (not left idle), and reports once', async () => {
    go('/checkout');
    await leaveThroughWindow();
    let release!: (ok: boolean) => void;
    const verify = vi.fn(() => new Promise<boolean>((r) => (release = r)));
    const onResult = vi.fn();
    const onSuccess = vi.fn();
    const first: { current?: UseBillingKeyRedirectValue } = {};
    const second: { current?: UseBillingKeyRedirectValue } = {};
    function Page({ out }: { out: { current?: UseBillingKeyRedirectValue } }) {
      out.current = useBillingKeyRedirect({ onSuccess });
      return null;
    }
    const view = render(
      <IamportProvider userCode={USER_CODE} verify={verify} onResult={onResult}>
        <Page key="a" out={first} />
      </IamportProvider>,
    );
    await waitFor(() => expect(first.current?.status).toBe('verifying'));
    // The route re-mounts the page (a new instance) before verify answers.
    view.rerender(
      <IamportProvider userCode={USER_CODE} verify={verify} onResult={onResult}>
        <Page key="b" out={second} />
      </IamportProvider>,
    );
    await waitFor(() => expect(second.current?.status).toBe('verifying'));
    expect(window.location.search).toContain('imp_uid');
    await act(async () => release(true));
    await waitFor(() => expect(second.current?.status).toBe('success'));
    expect(second.current?.result).toMatchObject({ customerUid: 'member_7_card_2', verified: true });
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onResult).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it.each([
    ['false', () => Promise.resolve(false)],
    ['a throw', () => Promise.reject(new Error('down'))],
  ])('verify %s → VERIFY_FAILED', async (_label, verify) => {
    go('/checkout');
    await leaveThroughWindow();
    const out: { current?: UseBillingKeyRedirectValue } = {};
    render(
      <IamportProvider userCode={USER_CODE} verify={verify}>
        <Landing out={out} />
      </IamportProvider>,
    );
    await waitFor(() => expect(out.current?.status).toBe('failure'));
    expect(out.current?.error?.code).toBe('VERIFY_FAILED');
  });
});
