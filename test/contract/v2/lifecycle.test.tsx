// DESIGN.md "Request lifecycle — nothing stuck, nothing lost", for v2: reset(), unmount and a page restored from the
// back-forward cache abandon a waiting request (CANCELLED, lock released, idle), the remembered redirect request
// survives, and a late answer reaches onResult exactly once.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, PortOneProvider, type BillingKeyOutcome } from '../../../src/v2';
import { installMockPortOne } from '../../../src/testing';
import { base, holdingPortOne, renderV2Hook, settle, STORE_ID } from '../../support/v2-kit';

const remembered = () =>
  JSON.parse(window.sessionStorage.getItem('react-billing-key:v2:pending') ?? '{}') as Record<string, unknown>;

describe('v2 request lifecycle', () => {
  it('reset() while the window is open: CANCELLED, idle, lock released; the late answer reaches onResult once', async () => {
    const portOne = holdingPortOne();
    const { hook, onResult } = renderV2Hook();
    let first!: ReturnType<typeof settle>;
    act(() => {
      first = settle(hook.current.request(base));
    });
    expect(hook.current.status).toBe('pending');
    act(() => hook.current.reset());
    await waitFor(() => expect(first.done).toBe(true));
    expect(first.error).toMatchObject({ code: 'CANCELLED' });
    expect(hook.current.status).toBe('idle');
    expect(onResult).not.toHaveBeenCalled();

    // The lock is free: the next request opens its window at once.
    let second!: ReturnType<typeof settle>;
    act(() => {
      second = settle(hook.current.request(base));
    });
    expect(portOne.mock.requests).toHaveLength(2);

    // The abandoned window answers late: its key is reported to the provider, never to the hook's state.
    await act(async () => portOne.answer({ billingKey: 'billing-key-late' }));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult).toHaveBeenCalledWith({
      status: 'success',
      result: expect.objectContaining({ billingKey: 'billing-key-late' }) as unknown,
    });
    expect(hook.current.status).toBe('pending');
    await act(async () => portOne.answer({ billingKey: 'billing-key-2' }));
    await waitFor(() => expect(second.done).toBe(true));
    expect(second.value).toMatchObject({ billingKey: 'billing-key-2' });
    expect(onResult).toHaveBeenCalledTimes(2);
  });

  it('a button that unmounts abandons its request: no callbacks, the window is free, the late key still reported once', async () => {
    const portOne = holdingPortOne();
    const onResult = vi.fn<(o: BillingKeyOutcome) => void>();
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    const view = render(
      <PortOneProvider storeId={STORE_ID} onResult={onResult}>
        <BillingKeyButton {...base} onSuccess={onSuccess} onFailure={onFailure} />
      </PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(portOne.mock.pending).toHaveLength(1);
    view.rerender(<PortOneProvider storeId={STORE_ID} onResult={onResult} />);

    const other = renderV2Hook();
    act(() => void other.hook.current.request(base).catch(() => {}));
    expect(portOne.mock.requests).toHaveLength(2);

    await act(async () => portOne.answer({ billingKey: 'billing-key-gone' }));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'success', result: { billingKey: 'billing-key-gone' } });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('a page restored from the back-forward cache abandons the request waiting for its redirect window', async () => {
    const navigate = vi.fn();
    installMockPortOne({ delivery: 'redirect', navigate, answer: 'manual' });
    const { hook } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    expect(hook.current.status).toBe('pending');
    act(() => {
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    });
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'CANCELLED' });
    expect(hook.current.status).toBe('idle');
    // Abandoning keeps what the redirect return needs: the buyer may still finish in the PG's window.
    expect(Object.keys(remembered())).toHaveLength(1);
  });

  it('a redirect window: the request is remembered before the window opens, and the hook keeps waiting after it leaves', async () => {
    const navigate = vi.fn();
    const portOne = installMockPortOne({ delivery: 'redirect', navigate });
    const { hook, onResult } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    let atOpen: Record<string, unknown> = {};
    const original = portOne.sdk.requestIssueBillingKey.bind(portOne.sdk);
    vi.spyOn(portOne.sdk, 'requestIssueBillingKey').mockImplementation((request) => {
      atOpen = remembered();
      return original(request);
    });
    act(() => {
      box = settle(hook.current.request(base));
    });
    const { issueId } = portOne.lastRequest();
    expect(atOpen).toEqual({
      [issueId]: {
        version: 1,
        id: issueId,
        openedAt: expect.any(Number) as unknown,
        pg: 'tosspayments',
        billingKeyMethod: 'CARD',
      },
    });
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    await act(async () => {});
    expect(box.done).toBe(false);
    expect(hook.current.status).toBe('pending');
    expect(onResult).not.toHaveBeenCalled();
    expect(remembered()).toHaveProperty(issueId);
  });

  it('the window lock is released after an SDK load failure, and the next request loads again (one new script)', async () => {
    const { hook } = renderV2Hook({ loadTimeoutMs: 50 });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    act(() => {
      document.querySelector('script')!.dispatchEvent(new Event('error'));
    });
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'SDK_LOAD_FAILED' });
    const portOne = holdingPortOne();
    act(() => {
      box = settle(hook.current.request(base));
    });
    expect(portOne.mock.requests).toHaveLength(1);
  });
});
