// DESIGN.md: outcome rules for every response shape, CANCELLED vs PG_FAILED, BillingKeyResult fields,
// useBillingKey statuses (loading / pending / verifying / success / failure, reset), verify, BUSY, synchronous request_pay, onResult.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider, useBillingKey, type BillingKeyResult, type IamportResponse } from '../../src';
import { base, holdingIamport, renderHook, settle, USER_CODE } from '../support/kit';

async function answerWith(response: IamportResponse) {
  const imp = holdingIamport();
  const { hook, onResult } = renderHook();
  let box!: ReturnType<typeof settle>;
  act(() => {
    // Kakao Pay charges a positive amount in its window (a display-only PG would warn that it does not).
    box = settle(hook.current.request({ ...base, pg: 'kakaopay', amount: 1004 }));
  });
  expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
  const sent = imp.open[0]!.params;
  await act(async () => imp.answer(response));
  await waitFor(() => expect(box.done).toBe(true));
  return { box, hook, sent, onResult };
}

describe('every response shape', () => {
  it.each([
    ['current SDK: no success flag, error_code null', { error_code: null, error_msg: null }],
    ['current SDK: no flags at all', {}],
    ['legacy success: true', { success: true }],
    ['mobile imp_success: true', { imp_success: true }],
    ["mobile imp_success: 'true' (string)", { imp_success: 'true' }],
  ])('%s → success', async (_label, response) => {
    const { box, hook, sent, onResult } = await answerWith(response);
    expect(box.error).toBeUndefined();
    const result = box.value as BillingKeyResult;
    expect(result).toEqual({
      customerUid: 'member_42_card_1',
      merchantUid: sent.merchant_uid,
      impUid: 'imp_100',
      pg: 'kakaopay',
      amount: 1004,
      charged: true,
      verified: false,
      response: expect.objectContaining(response) as unknown,
    });
    expect(hook.current).toMatchObject({ status: 'success', result, error: null });
    expect(onResult).toHaveBeenCalledWith({ status: 'success', result });
  });

  it.each([
    ['error_code only (current SDK)', { error_code: 'F400', error_msg: '한도 초과' }],
    ['error_code even with success: true', { error_code: 'F400', error_msg: '한도 초과', success: true }],
    ['legacy success: false', { success: false, error_msg: '카드 인증 실패' }],
    ['mobile imp_success: false', { imp_success: false, error_msg: '카드 인증 실패' }],
    ["mobile imp_success: 'false' (string)", { imp_success: 'false', error_msg: '카드 인증 실패' }],
    ["legacy success: 'false' (string)", { success: 'false', error_msg: '카드 인증 실패' }],
    [
      'failure without imp_uid (validation before a payment existed)',
      { imp_uid: null, success: false, error_msg: '필수 파라미터 누락' },
    ],
  ])('%s → PG_FAILED carrying the response', async (_label, response) => {
    const { box, hook, onResult } = await answerWith(response);
    expect(box.error).toMatchObject({ code: 'PG_FAILED' });
    expect((box.error as { response?: IamportResponse }).response).toMatchObject(response);
    expect(hook.current).toMatchObject({ status: 'failure', result: null, error: box.error });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error: box.error });
  });

  it.each([
    ['결제포기', { success: false, error_msg: '[결제포기] 결제를 포기하셨습니다.' }],
    ['사용자가 결제를 취소', { error_code: 'F0000', error_msg: '사용자가 결제를 취소하셨습니다' }],
    ['mobile string flag', { imp_success: 'false', error_msg: '사용자가 결제를 취소하셨습니다' }],
  ])('a cancellation (%s) is CANCELLED, not PG_FAILED', async (_label, response) => {
    const { box } = await answerWith(response);
    expect(box.error).toMatchObject({ code: 'CANCELLED', response: expect.objectContaining(response) as unknown });
  });

  it('an answer with imp_uid null proves nothing: PG_FAILED, never a success (issue 22)', async () => {
    const { box } = await answerWith({ imp_uid: null });
    expect(box.error).toMatchObject({ code: 'PG_FAILED' });
  });
});

describe('useBillingKey statuses', () => {
  it('idle → loading (no SDK yet) → pending (window open) → success; reset() → idle', async () => {
    const { hook, statuses } = renderHook();
    expect(hook.current).toMatchObject({ status: 'idle', result: null, error: null });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    expect(hook.current.status).toBe('loading');
    const imp = holdingIamport();
    act(() => {
      document.querySelector('script')!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(hook.current.status).toBe('pending'));
    expect(imp.sdk.init).toHaveBeenCalledWith(USER_CODE);
    await act(async () => imp.answer());
    await waitFor(() => expect(box.done).toBe(true));
    expect(hook.current.status).toBe('success');
    expect(statuses).toEqual(['idle', 'loading', 'pending', 'success']);
    act(() => hook.current.reset());
    expect(hook.current).toMatchObject({ status: 'idle', result: null, error: null });
  });

  it('failure keeps the error until the next request, which clears it', async () => {
    const imp = holdingIamport();
    const { hook } = renderHook();
    act(() => void hook.current.request(base).catch(() => {}));
    await act(async () => imp.answer({ error_code: 'F1', error_msg: 'x' }));
    await waitFor(() => expect(hook.current.status).toBe('failure'));
    expect(hook.current.error?.code).toBe('PG_FAILED');
    act(() => void hook.current.request(base).catch(() => {}));
    expect(hook.current).toMatchObject({ status: 'pending', error: null, result: null });
  });
});

describe('verify', () => {
  function deferred<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  async function openAndAnswer(verify: (r: BillingKeyResult) => Promise<boolean>) {
    const imp = holdingIamport();
    const { hook, statuses, onResult } = renderHook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => imp.answer());
    return { hook, statuses, onResult, box };
  }

  it('true: pending → verifying → success with verified: true, reported only after it resolves', async () => {
    const gate = deferred<boolean>();
    const verify = vi.fn(() => gate.promise);
    const { hook, statuses, onResult, box } = await openAndAnswer(verify);
    await waitFor(() => expect(hook.current.status).toBe('verifying'));
    expect(verify).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_42_card_1', verified: false }));
    expect(box.done).toBe(false);
    expect(onResult).not.toHaveBeenCalled();
    await act(async () => gate.resolve(true));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.value).toMatchObject({ customerUid: 'member_42_card_1', verified: true });
    expect(statuses).toEqual(['idle', 'pending', 'verifying', 'success']);
    expect(onResult).toHaveBeenCalledWith({ status: 'success', result: box.value });
  });

  it.each([
    ['resolves false', () => Promise.resolve(false)],
    ['rejects', () => Promise.reject(new Error('server down'))],
    [
      'throws synchronously',
      () => {
        throw new Error('bug');
      },
    ],
  ])('%s → VERIFY_FAILED', async (label, verify) => {
    const { hook, statuses, onResult, box } = await openAndAnswer(verify as () => Promise<boolean>);
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(hook.current.status).toBe('failure');
    // A verify that throws synchronously leaves 'verifying' within the same tick: React need not render it.
    if (label !== 'throws synchronously') expect(statuses).toContain('verifying');
    expect(statuses.at(-1)).toBe('failure');
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error: box.error });
  });

  it('is not called for a PG failure', async () => {
    const verify = vi.fn(() => Promise.resolve(true));
    const imp = holdingIamport();
    const { hook } = renderHook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => imp.answer({ error_code: 'F1', error_msg: 'no' }));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'PG_FAILED' });
    expect(verify).not.toHaveBeenCalled();
  });

  it('the hook’s verify overrides the provider’s', async () => {
    const providerVerify = vi.fn(() => Promise.resolve(false));
    const hookVerify = vi.fn(() => Promise.resolve(true));
    const imp = holdingIamport();
    const { hook } = renderHook({ verify: providerVerify }, { verify: hookVerify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => imp.answer());
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.value).toMatchObject({ verified: true });
    expect(providerVerify).not.toHaveBeenCalled();
  });

  it('a button shows it is busy while verifying and calls onSuccess after', async () => {
    const gate = deferred<boolean>();
    const imp = holdingIamport();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE} verify={() => gate.promise}>
        <BillingKeyButton {...base} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    const button = screen.getByRole('button');
    fireEvent.click(button);
    await act(async () => imp.answer());
    expect(button).toHaveAttribute('aria-busy', 'true');
    fireEvent.click(button);
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
    expect(onSuccess).not.toHaveBeenCalled();
    await act(async () => gate.resolve(true));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ verified: true })));
    expect(button).toHaveAttribute('aria-busy', 'false');
  });
});

describe('one window at a time', () => {
  it('a second request from the same hook while the window is open is BUSY and does not disturb the first', async () => {
    const imp = holdingIamport();
    const { hook } = renderHook();
    let first!: ReturnType<typeof settle>;
    let second!: ReturnType<typeof settle>;
    act(() => {
      first = settle(hook.current.request(base));
      second = settle(hook.current.request({ ...base, customerUid: 'member_42_card_2' }));
    });
    await waitFor(() => expect(second.done).toBe(true));
    expect(second.error).toMatchObject({ code: 'BUSY' });
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
    expect(hook.current.status).toBe('pending');
    await act(async () => imp.answer());
    await waitFor(() => expect(first.done).toBe(true));
    expect(first.value).toMatchObject({ customerUid: 'member_42_card_1' });
    expect(hook.current.status).toBe('success');
  });

  it('a hook in another provider gets BUSY too; after the answer a new window can open', async () => {
    const imp = holdingIamport();
    const a = renderHook();
    const b = renderHook({ userCode: 'imp99999999' });
    let busy!: ReturnType<typeof settle>;
    act(() => {
      void a.hook.current.request(base).catch(() => {});
      busy = settle(b.hook.current.request(base));
    });
    await waitFor(() => expect(busy.done).toBe(true));
    expect(busy.error).toMatchObject({ code: 'BUSY' });
    await act(async () => imp.answer());
    act(() => void b.hook.current.request({ ...base, customerUid: 'member_43_card_1' }).catch(() => {}));
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(2);
  });

  it('a double click on the button opens one window', () => {
    const imp = holdingIamport();
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton {...base} />
      </IamportProvider>,
    );
    const button = screen.getByRole('button');
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.doubleClick(button);
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-busy', 'true');
  });

  it('a cancelled window frees the page for the next attempt, with a new merchant_uid', async () => {
    const imp = holdingIamport();
    const onFailure = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton {...base} onFailure={onFailure} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await act(async () => imp.answer({ success: false, error_msg: '사용자가 결제를 취소하셨습니다' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
    fireEvent.click(screen.getByRole('button'));
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(2);
    const [first, second] = imp.sdk.request_pay.mock.calls.map((c) => c[0].merchant_uid);
    expect(first).not.toBe(second);
  });
});

describe('request_pay inside the click', () => {
  it('a merchant’s own button: request() calls IMP.request_pay before it returns when the SDK is ready', async () => {
    const imp = holdingIamport();
    let openedDuringClick: boolean | undefined;
    function Own() {
      const { request } = useBillingKey();
      return (
        <button
          onClick={() => {
            void request(base).catch(() => {});
            openedDuringClick = imp.sdk.request_pay.mock.calls.length === 1;
          }}
        >
          own
        </button>
      );
    }
    render(
      <IamportProvider userCode={USER_CODE}>
        <Own />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'own' }));
    expect(openedDuringClick).toBe(true);
    expect(imp.sdk.init.mock.invocationCallOrder[0]).toBeLessThan(imp.sdk.request_pay.mock.invocationCallOrder[0]!);
  });
});

describe('onResult outlives the component', () => {
  // DESIGN "Request lifecycle": the starter unmounting abandons its request (the promise rejects CANCELLED at once and
  // the window lock is released); the window's late answer still reaches the provider's onResult, exactly once.
  it('a hook unmounted while the window is open: its promise rejects CANCELLED, the provider still sees the real outcome once', async () => {
    const imp = holdingIamport();
    const onResult = vi.fn();
    let box!: ReturnType<typeof settle>;
    function Start() {
      const { request } = useBillingKey();
      return <button onClick={() => (box = settle(request(base)))}>start</button>;
    }
    function Page() {
      const [shown, setShown] = useState(true);
      return (
        <IamportProvider userCode={USER_CODE} onResult={onResult}>
          {shown && <Start />}
          <button onClick={() => setShown(false)}>leave</button>
        </IamportProvider>
      );
    }
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    fireEvent.click(screen.getByRole('button', { name: 'leave' }));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'CANCELLED' });
    expect(onResult).not.toHaveBeenCalled();
    await act(async () => imp.answer({ error_code: 'F9', error_msg: '거절' }));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'failure', error: { code: 'PG_FAILED' } });
  });

  it('uses the latest onResult the provider was given', async () => {
    const imp = holdingIamport();
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender } = render(
      <IamportProvider userCode={USER_CODE} onResult={first}>
        <BillingKeyButton {...base} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    rerender(
      <IamportProvider userCode={USER_CODE} onResult={latest}>
        <BillingKeyButton {...base} />
      </IamportProvider>,
    );
    await act(async () => imp.answer());
    await waitFor(() => expect(latest).toHaveBeenCalledTimes(1));
    expect(first).not.toHaveBeenCalled();
  });
});
