// DESIGN.md "Request lifecycle — nothing stuck, nothing lost": reset() and unmount abandon a request that is loading or
// waiting for its window (promise rejects CANCELLED, the page's one-window lock is released, status 'idle'); a page
// restored from the back-forward cache abandons the waiting request; abandoning keeps the request remembered for a
// redirect return; a window that answers after its request was abandoned reaches onResult exactly once.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  IamportProvider,
  useBillingKey,
  type BillingKeyOutcome,
  type BillingKeyResult,
} from '../../src';
import { installMockIamport } from '../../src/testing';
import { renderHook, settle, USER_CODE } from '../support/kit';

const inicis = { pg: 'html5_inicis', customerUid: 'member_1_card_1' } as const;

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a window that never calls back (issue 13, first input)', () => {
  it('reset() abandons it: status idle, the promise rejects CANCELLED, and the next request opens a second window', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook, onResult } = renderHook();
    let first!: ReturnType<typeof settle>;
    act(() => {
      first = settle(hook.current.request(inicis));
    });
    expect(hook.current.status).toBe('pending');
    act(() => hook.current.reset());
    expect(hook.current).toMatchObject({ status: 'idle', result: null, error: null });
    await waitFor(() => expect(first.done).toBe(true));
    expect(first.error).toMatchObject({ code: 'CANCELLED' });
    // Abandoning is local to the hook: the provider hears nothing of it.
    expect(onResult).not.toHaveBeenCalled();

    let second!: ReturnType<typeof settle>;
    act(() => {
      second = settle(hook.current.request(inicis));
    });
    expect(hook.current.status).toBe('pending');
    expect(iamport.requests).toHaveLength(2);
    expect(second.done).toBe(false);
    // The abandoned window answers late (it goes to onResult only), then the second one answers.
    act(() => iamport.answer('cancel'));
    expect(second.done).toBe(false);
    expect(hook.current.status).toBe('pending');
    act(() => iamport.answer());
    await waitFor(() => expect(second.done).toBe(true));
    expect(second.value).toMatchObject({ customerUid: 'member_1_card_1' });
    expect(hook.current.status).toBe('success');
  });

  it('reset() while the SDK is still loading abandons it, and the window never opens when the SDK arrives', async () => {
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(inicis));
    });
    expect(hook.current.status).toBe('loading');
    act(() => hook.current.reset());
    await waitFor(() => expect(box.error).toMatchObject({ code: 'CANCELLED' }));
    const iamport = installMockIamport({ answer: 'manual' });
    await act(async () => {
      document.querySelector('script')!.dispatchEvent(new Event('load'));
    });
    expect(iamport.requests).toHaveLength(0);
    expect(hook.current.status).toBe('idle');
  });

  it('reset() while idle, success or failure only clears the state', async () => {
    installMockIamport({ answer: 'sync', outcome: 'failure' });
    const { hook } = renderHook();
    await act(async () => {
      await hook.current.request(inicis).catch(() => {});
    });
    expect(hook.current.status).toBe('failure');
    act(() => hook.current.reset());
    expect(hook.current).toMatchObject({ status: 'idle', error: null });
  });
});

describe('the starter unmounts (issue 13, second input)', () => {
  function Route({ onFailure, onSuccess }: { onFailure: (e: unknown) => void; onSuccess: (r: BillingKeyResult) => void }) {
    return (
      <BillingKeyButton {...inicis} onFailure={onFailure} onSuccess={onSuccess}>
        카드 등록
      </BillingKeyButton>
    );
  }

  it('click, unmount (route change), mount again, click: a second window opens, no BUSY', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const onFailure = vi.fn();
    const onSuccess = vi.fn();
    const onResult = vi.fn();
    function App() {
      const [route, setRoute] = useState<'billing' | 'home'>('billing');
      return (
        <IamportProvider userCode={USER_CODE} onResult={onResult}>
          {route === 'billing' && <Route onFailure={onFailure} onSuccess={onSuccess} />}
          <button type="button" onClick={() => setRoute(route === 'billing' ? 'home' : 'billing')}>
            navigate
          </button>
        </IamportProvider>
      );
    }
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: '카드 등록' }));
    expect(iamport.pending).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'navigate' }));
    expect(screen.queryByRole('button', { name: '카드 등록' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'navigate' }));
    fireEvent.click(screen.getByRole('button', { name: '카드 등록' }));
    await waitFor(() => expect(iamport.requests).toHaveLength(2));
    expect(onFailure).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '카드 등록' })).toHaveAttribute('aria-busy', 'true');
    // The first (abandoned) window answers late: only onResult hears it, not the unmounted button's callbacks.
    act(() => iamport.answer('cancel'));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'failure', error: { code: 'CANCELLED' } });
    expect(onFailure).not.toHaveBeenCalled();
    act(() => iamport.answer());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('a hook unmounted while loading releases the window for the next starter', async () => {
    function Start({ id }: { id: string }) {
      const { request } = useBillingKey();
      return (
        <button type="button" onClick={() => void request(inicis).catch(() => {})}>
          {id}
        </button>
      );
    }
    const view = render(
      <IamportProvider userCode={USER_CODE}>
        <Start id="first" />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'first' }));
    view.rerender(
      <IamportProvider userCode={USER_CODE}>
        <Start id="second" key="second" />
      </IamportProvider>,
    );
    const iamport = installMockIamport({ answer: 'manual' });
    fireEvent.click(screen.getByRole('button', { name: 'second' }));
    await waitFor(() => expect(iamport.requests).toHaveLength(1));
  });
});

describe('a page restored from the back-forward cache', () => {
  const pageshow = (persisted: boolean) => {
    const event = new Event('pageshow') as PageTransitionEvent;
    Object.defineProperty(event, 'persisted', { value: persisted });
    window.dispatchEvent(event);
  };

  it('abandons the request waiting for its window (persisted), not on an ordinary pageshow', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(inicis));
    });
    act(() => pageshow(false));
    expect(hook.current.status).toBe('pending');
    act(() => pageshow(true));
    expect(hook.current.status).toBe('idle');
    await waitFor(() => expect(box.error).toMatchObject({ code: 'CANCELLED' }));
    act(() => void hook.current.request(inicis).catch(() => {}));
    expect(iamport.requests).toHaveLength(2);
  });

  it('leaves a request that already has its answer alone (verifying)', async () => {
    let confirm!: (ok: boolean) => void;
    const verify = () => new Promise<boolean>((resolve) => (confirm = resolve));
    installMockIamport({ answer: 'sync' });
    const { hook } = renderHook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(inicis));
    });
    await waitFor(() => expect(hook.current.status).toBe('verifying'));
    act(() => pageshow(true));
    expect(hook.current.status).toBe('verifying');
    await act(async () => confirm(true));
    await waitFor(() => expect(box.value).toMatchObject({ verified: true }));
  });
});

describe('nothing lost', () => {
  it('a callback arriving after reset() reaches onResult exactly once with its real outcome, never the hook', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook, onResult } = renderHook();
    act(() => void hook.current.request(inicis).catch(() => {}));
    act(() => hook.current.reset());
    act(() => iamport.answer());
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    const outcome = onResult.mock.calls[0]![0] as BillingKeyOutcome;
    expect(outcome).toMatchObject({ status: 'success', result: { customerUid: 'member_1_card_1' } });
    expect(hook.current.status).toBe('idle');
    // A buggy SDK calling back twice does not report twice.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onResult).toHaveBeenCalledTimes(1);
  });

  it('a late answer is verified before it is reported', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const verify = vi.fn(async () => true);
    const { hook, onResult } = renderHook({ verify });
    act(() => void hook.current.request(inicis).catch(() => {}));
    act(() => hook.current.reset());
    act(() => iamport.answer());
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'success', result: { verified: true } });
  });

  it('a late failure is reported too, and a late answer after a failed load is not invented', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook, onResult } = renderHook();
    act(() => void hook.current.request(inicis).catch(() => {}));
    act(() => hook.current.reset());
    act(() => iamport.answer('cancel'));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'failure', error: { code: 'CANCELLED' } });
  });

  it('abandoning keeps the request remembered for the redirect return: customerUid is recovered', async () => {
    const go = (url: string) => window.history.pushState(null, '', url);
    const iamport = installMockIamport({ answer: 'manual', delivery: 'redirect', navigate: go });
    const { hook } = renderHook();
    act(() => void hook.current.request({ pg: 'kcp_billing', customerUid: 'member_9_card_1' }).catch(() => {}));
    const sent = iamport.lastRequest().merchant_uid;
    act(() => hook.current.reset());
    act(() => iamport.answer()); // the buyer finished in the PG's window after all; the PG redirects back
    expect(window.location.search).toContain(`merchant_uid=${sent}`);
    const onSuccess = vi.fn();
    render(<BillingKeyRedirect onSuccess={onSuccess} />);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ customerUid: 'member_9_card_1', merchantUid: sent });
  });
});
