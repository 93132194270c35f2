// DESIGN.md "v2 API": useBillingKeyRedirect / BillingKeyRedirect read billingKey, code, message, transactionType,
// pgCode, pgMessage (and the library's rbk_issue_id), report exactly once, verify, and clean the URL.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installMockPortOne, type MockPortOneOptions } from '../../../src/testing';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  PortOneProvider,
  useBillingKeyRedirect,
  type BillingKeyError,
  type BillingKeyRequest,
  type BillingKeyResult,
  type UseBillingKeyRedirectValue,
  type VerifyBillingKey,
} from '../../../src/v2';
import { expectDevWarning } from '../../support/dev-warnings';
import { CHANNEL_KEY, STORE_ID } from '../../support/v2-kit';

const go = (url: string) => window.history.pushState(null, '', url);

afterEach(() => window.history.replaceState(null, '', '/'));

/** Clicks a button whose window redirects; the stand-in "navigates" with pushState. Returns what was sent. */
async function leaveThroughWindow(request: Partial<BillingKeyRequest> = {}, options: MockPortOneOptions = {}) {
  const portOne = installMockPortOne({ delivery: 'redirect', navigate: go, ...options });
  const before = window.location.href;
  const view = render(
    <PortOneProvider storeId={STORE_ID}>
      <BillingKeyButton pg="smartro_v2" channelKey={CHANNEL_KEY} customer={{ customerId: 'member7' }} {...request} />
    </PortOneProvider>,
  );
  fireEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(window.location.href).not.toBe(before));
  const sent = portOne.lastRequest();
  view.unmount();
  portOne.uninstall();
  return sent;
}

function land(options: { verify?: VerifyBillingKey; strict?: boolean; provider?: boolean; onResult?: () => void } = {}) {
  const onSuccess = vi.fn<(r: BillingKeyResult) => void>();
  const onFailure = vi.fn<(e: BillingKeyError) => void>();
  let tree = (
    <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure}>
      <p>back on the page</p>
    </BillingKeyRedirect>
  );
  if (options.provider !== false) {
    tree = (
      <PortOneProvider storeId={STORE_ID} verify={options.verify} onResult={options.onResult}>
        {tree}
      </PortOneProvider>
    );
  }
  const view = render(options.strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { ...view, onSuccess, onFailure };
}

describe('v2 redirect round trip', () => {
  it('recovers the request, reports the key once, and cleans the address bar keeping the merchant’s keys and hash', async () => {
    go('/checkout?plan=pro&code=SPRING#/billing');
    expectDevWarning(`The default redirectUrl leaves out this page's own "code"`);
    const sent = await leaveThroughWindow();
    // The page's own `code` would be confused with PortOne's: the address to return to leaves it out.
    expect(sent.redirectUrl).toBe(`http://localhost:3000/checkout?plan=pro&rbk_issue_id=${sent.issueId}#/billing`);
    expect(window.location.search).toContain('billingKey=billing-key-');
    const onResult = vi.fn();
    const { onSuccess, onFailure } = land({ onResult });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      billingKey: expect.stringMatching(/^billing-key-/) as unknown,
      issueId: sent.issueId,
      pg: 'smartro_v2',
      verified: false,
      needsConfirmation: false,
    });
    expect(onResult).toHaveBeenCalledWith({ status: 'success', result: onSuccess.mock.calls[0]![0] });
    expect(onFailure).not.toHaveBeenCalled();
    await waitFor(() => expect(window.location.search).not.toContain('billingKey'));
    // PortOne's keys and the library's are gone; the merchant's own stay.
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/checkout?plan=pro#/billing');
    expect(window.sessionStorage.getItem('react-billing-key:v2:pending')).toBeNull();
  });

  it.each([
    ['failure', 'PG_FAILED'],
    ['cancel', 'CANCELLED'],
  ] as const)('a %s return → %s with the PG’s words; cleaned', async (outcome, code) => {
    go('/checkout');
    await leaveThroughWindow({}, { outcome });
    expect(window.location.search).toContain('code=FAILURE_TYPE_PG');
    const { onSuccess, onFailure } = land();
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code, pgCode: expect.any(String) as unknown });
    expect(onSuccess).not.toHaveBeenCalled();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('exactly once: StrictMode, a remount and a reload of the same URL report nothing more', async () => {
    go('/checkout?x=1');
    await leaveThroughWindow();
    const returnUrl = window.location.href;
    const first = land({ strict: true });
    await waitFor(() => expect(first.onSuccess).toHaveBeenCalledTimes(1));
    first.unmount();
    const second = land();
    window.history.replaceState(null, '', returnUrl); // the buyer reloads the return URL
    const third = land();
    await act(async () => {});
    expect(first.onSuccess).toHaveBeenCalledTimes(1);
    expect(second.onSuccess).not.toHaveBeenCalled();
    expect(third.onSuccess).not.toHaveBeenCalled();
    await waitFor(() => expect(window.location.search).toBe('?x=1'));
  });

  it('a retry under the merchant’s own issueId after a cancelled return reports its own return (the key is not lost)', async () => {
    go('/subscribe?plan=pro');
    await leaveThroughWindow({ issueId: 'order42' }, { outcome: 'cancel' });
    const first = land();
    await waitFor(() => expect(first.onFailure).toHaveBeenCalledTimes(1));
    expect(first.onFailure.mock.calls[0]![0].code).toBe('CANCELLED');
    await waitFor(() => expect(window.location.search).toBe('?plan=pro'));
    first.unmount();
    // The buyer taps again: issueId order42 never completed, so it may be used again.
    await leaveThroughWindow({ issueId: 'order42' });
    const onResult = vi.fn();
    const second = land({ onResult });
    await waitFor(() => expect(second.onSuccess).toHaveBeenCalledTimes(1));
    expect(second.onSuccess.mock.calls[0]![0]).toMatchObject({ issueId: 'order42', billingKey: expect.any(String) as unknown });
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(second.onFailure).not.toHaveBeenCalled();
  });

  it('verify runs on the return (with the token under manual confirmation); false → VERIFY_FAILED', async () => {
    go('/checkout');
    await leaveThroughWindow({}, { needsConfirmation: true });
    expect(window.location.search).toContain('billingKey=NEEDS_CONFIRMATION');
    const verify = vi.fn<VerifyBillingKey>(() => Promise.resolve(false));
    const { onFailure } = land({ verify });
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(verify).toHaveBeenCalledWith(
      expect.objectContaining({
        billingKey: null,
        needsConfirmation: true,
        billingIssueToken: expect.stringMatching(/^billing-issue-token-/) as unknown,
      }),
    );
    expect(onFailure.mock.calls[0]![0].code).toBe('VERIFY_FAILED');
  });

  it('works without a provider (Korean texts), and on a browser that did not remember the request (pg "")', async () => {
    go('/done?rbk_issue_id=issue_x&transactionType=ISSUE_BILLING_KEY&billingKey=billing-key-9');
    const { onSuccess } = land({ provider: false });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ billingKey: 'billing-key-9', issueId: 'issue_x', pg: '' });
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('a failure return this browser did not remember (e.g. back from the PG’s app in a new tab) shows the PG’s words unmodified: it may be Naver Pay', async () => {
    go(
      '/done?rbk_issue_id=issue_y&transactionType=ISSUE_BILLING_KEY&code=FAILURE_TYPE_PG&message=x&pgCode=P&pgMessage=%EC%9E%94%EC%95%A1%20%EB%B6%80%EC%A1%B1',
    );
    const { onFailure } = land();
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'PG_FAILED', message: '잔액 부족', pgMessage: '잔액 부족' });
  });

  it.each([
    ['/page?code=SPRING&message=hello'],
    ['/page?billingKey=mine&transactionType=ISSUE_BILLING_KEY'],
    ['/page?rbk_issue_id=i1'],
  ])('%s is not a v2 return: nothing reported, the URL left alone', async (url) => {
    go(url);
    const { onSuccess, onFailure } = land();
    await act(async () => {});
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(window.location.pathname + window.location.search).toBe(url);
  });

  it('the hook reads a query inside a hash route and exposes the state', async () => {
    go('/app/#/billing?rbk_issue_id=i7&code=FAILURE_TYPE_PG&message=x&pgCode=P&pgMessage=%ED%95%9C%EB%8F%84');
    const states: UseBillingKeyRedirectValue[] = [];
    function Page() {
      const state = useBillingKeyRedirect();
      states.push(state);
      return <p>{state.status}</p>;
    }
    render(<Page />);
    await waitFor(() => expect(screen.getByText('failure')).toBeInTheDocument());
    expect(states.at(-1)!.error).toMatchObject({ code: 'PG_FAILED', pgMessage: '한도' });
    expect(window.location.hash).toBe('#/billing');
  });
});
