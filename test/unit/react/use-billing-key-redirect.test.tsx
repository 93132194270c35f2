import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  IamportProvider,
  type BillingKeyError,
  type BillingKeyOutcome,
  type BillingKeyRedirectProps,
  type BillingKeyResult,
} from '../../../src';
import { iamportAttempts } from '../../../src/core/flows/v1-protocol';
import { recallAttempt } from '../../../src/core/page/attempt-store';
import { readV1Attempt, type V1AttemptRecord } from '../../../src/core/request/v1-attempt';
import { resetRedirectClaims } from '../../../src/core/page/redirect-claims';
import { stubIamport } from '../../support/stub-iamport';

const START = window.location.href;

beforeEach(() => {
  window.history.replaceState(null, '', '/checkout?plan=pro#plans');
});

afterEach(() => {
  resetRedirectClaims();
  window.history.replaceState(null, '', START);
});

const at = (query: string) => window.history.replaceState(null, '', `/checkout?plan=pro&${query}`);
const path = () => window.location.pathname + window.location.search + window.location.hash;

/** Renders the redirect page and returns its callbacks; the children show the hook's state. */
function renderRedirect(props: BillingKeyRedirectProps = {}, wrap: (node: React.ReactNode) => React.ReactNode = (n) => n) {
  const onSuccess = vi.fn<(result: BillingKeyResult) => void>();
  const onFailure = vi.fn<(error: BillingKeyError) => void>();
  const node = (
    <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure} {...props}>
      {(state) => <output>{state.status}</output>}
    </BillingKeyRedirect>
  );
  const view = render(wrap(node));
  return { ...view, onSuccess, onFailure, status: () => screen.getByRole('status').textContent };
}

const peekPending = (merchantUid: string) => recallAttempt(iamportAttempts, merchantUid, readV1Attempt);
const remember = (merchantUid: string, extra: Partial<V1AttemptRecord> = {}) =>
  iamportAttempts.remember({
    version: 1,
    id: merchantUid,
    customerUid: 'member_42_card_1',
    pg: 'kakaopay',
    amount: 0,
    openedAt: Date.now(),
    ...extra,
  });

describe('mobile round trip', () => {
  it('click → leave → redirect back: reports the remembered customerUid once and cleans the URL', async () => {
    const imp = stubIamport(() => undefined); // mobile: the PG navigates away instead of calling back
    const button = render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="kakaopay" customerUid="member_42_card_1" amount={1004} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    const sent = imp.lastParams();
    expect(sent.m_redirect_url).toBe(`${window.location.origin}/checkout?plan=pro`);
    button.unmount();

    window.history.replaceState(
      null,
      '',
      `${sent.m_redirect_url}&imp_uid=imp_777&merchant_uid=${sent.merchant_uid}&imp_success=true`,
    );
    const { onSuccess, onFailure, status } = renderRedirect();

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      customerUid: 'member_42_card_1',
      merchantUid: sent.merchant_uid,
      impUid: 'imp_777',
      pg: 'kakaopay',
      amount: 1004,
      charged: true, // Kakao Pay charges amount > 0 with the key
      verified: false,
    });
    expect(onFailure).not.toHaveBeenCalled();
    expect(status()).toBe('success');
    expect(path()).toBe('/checkout?plan=pro');
    expect(peekPending(sent.merchant_uid)).toBeUndefined();
  });

  it('uses the PG rules of the remembered request for `charged`', async () => {
    remember('mid_kcp', { pg: 'kcp_billing.MID1', amount: 9900 });
    at('imp_uid=imp_1&merchant_uid=mid_kcp&imp_success=true');
    const { onSuccess } = renderRedirect();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ pg: 'kcp_billing.MID1', amount: 9900, charged: false });
  });

  it('keeps the hash and the merchant keys in any order', async () => {
    remember('mid_h');
    window.history.replaceState(null, '', '/sub?imp_uid=i&a=1&merchant_uid=mid_h&imp_success=true&b=2#done');
    const { onSuccess } = renderRedirect();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(path()).toBe('/sub?a=1&b=2#done');
  });

  it('keeps history.state (routers store theirs there)', async () => {
    remember('mid_s');
    window.history.replaceState({ key: 'router-1' }, '', '/checkout?merchant_uid=mid_s&imp_uid=i&imp_success=true');
    const { onSuccess } = renderRedirect();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(window.history.state).toEqual({ key: 'router-1' });
    expect(path()).toBe('/checkout');
  });
});

describe('failure redirects', () => {
  it('imp_success=false with a PG message is PG_FAILED carrying the message', async () => {
    remember('mid_f');
    at('imp_uid=imp_2&merchant_uid=mid_f&imp_success=false&error_code=F1002&error_msg=%ED%95%9C%EB%8F%84%EC%B4%88%EA%B3%BC');
    const { onSuccess, onFailure, status } = renderRedirect();
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    const error = onFailure.mock.calls[0]![0];
    expect(error.code).toBe('PG_FAILED');
    expect(error.message).toContain('한도초과');
    expect(error.response).toMatchObject({ merchant_uid: 'mid_f', imp_success: 'false' });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(status()).toBe('failure');
    expect(path()).toBe('/checkout?plan=pro');
    expect(peekPending('mid_f')).toBeUndefined();
  });

  it('a cancel message is CANCELLED (older `success=false` shape)', async () => {
    remember('mid_c');
    at(`merchant_uid=mid_c&success=false&error_msg=${encodeURIComponent('[결제포기] 사용자가 결제를 취소하셨습니다')}`);
    const { onFailure } = renderRedirect();
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0].code).toBe('CANCELLED');
  });

  it('messages follow the provider locale; Korean without a provider', async () => {
    stubIamport();
    remember('mid_en');
    at('merchant_uid=mid_en&imp_success=false&error_msg=User%20cancelled');
    const en = renderRedirect({}, (node) => (
      <IamportProvider userCode="imp12345678" locale="en">
        {node}
      </IamportProvider>
    ));
    await waitFor(() => expect(en.onFailure).toHaveBeenCalledTimes(1));
    expect(en.onFailure.mock.calls[0]![0].message).toBe('Card registration was cancelled.');
    en.unmount();

    remember('mid_ko');
    at('merchant_uid=mid_ko&imp_success=false&error_msg=User%20cancelled');
    const ko = renderRedirect();
    await waitFor(() => expect(ko.onFailure).toHaveBeenCalledTimes(1));
    expect(ko.onFailure.mock.calls[0]![0].message).toBe('카드 등록을 취소했습니다.');
  });

  it('a return this browser did not remember (unknown PG) shows the PG’s words as they are: it may be Naver Pay', async () => {
    at(
      'merchant_uid=mid_unknown&imp_success=false&error_msg=%EC%82%AC%EC%9A%A9%EC%9E%90%EA%B0%80%20%EA%B2%B0%EC%A0%9C%EB%A5%BC%20%EC%B7%A8%EC%86%8C',
    );
    const { onFailure } = renderRedirect();
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({
      code: 'CANCELLED',
      message: '사용자가 결제를 취소',
      pgMessage: '사용자가 결제를 취소',
    });
  });
});

describe('exactly once', () => {
  it('React StrictMode double effects report once', async () => {
    remember('mid_sm');
    at('imp_uid=imp_3&merchant_uid=mid_sm&imp_success=true');
    const { onSuccess, status } = renderRedirect({}, (node) => <StrictMode>{node}</StrictMode>);
    await waitFor(() => expect(status()).toBe('success'));
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('StrictMode with verify: one verify call, and the state still reaches success', async () => {
    remember('mid_smv');
    at('imp_uid=imp_3&merchant_uid=mid_smv&imp_success=true');
    const verify = vi.fn(async () => true);
    const { onSuccess, status } = renderRedirect({ verify }, (node) => <StrictMode>{node}</StrictMode>);
    await waitFor(() => expect(status()).toBe('success'));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('a remount and a second instance on the same URL do not report again', async () => {
    remember('mid_rm');
    const query = 'imp_uid=imp_4&merchant_uid=mid_rm&imp_success=true';
    at(query);
    const first = renderRedirect();
    await waitFor(() => expect(first.onSuccess).toHaveBeenCalledTimes(1));
    first.unmount();

    at(query); // e.g. the router put the query back
    const again = renderRedirect();
    const other = renderRedirect();
    await waitFor(() => expect(path()).toBe('/checkout?plan=pro'));
    expect(again.onSuccess).not.toHaveBeenCalled();
    expect(other.onSuccess).not.toHaveBeenCalled();
    expect(first.onSuccess).toHaveBeenCalledTimes(1);
  });

  it('a reload (fresh page state, same session) does not report again', async () => {
    remember('mid_rl');
    const query = 'imp_uid=imp_5&merchant_uid=mid_rl&imp_success=true';
    at(query);
    const first = renderRedirect();
    await waitFor(() => expect(first.onSuccess).toHaveBeenCalledTimes(1));
    first.unmount();

    resetRedirectClaims(); // what a reload does to module state
    at(query);
    const reloaded = renderRedirect();
    await waitFor(() => expect(path()).toBe('/checkout?plan=pro'));
    expect(reloaded.onSuccess).not.toHaveBeenCalled();
    expect(reloaded.status()).toBe('idle');
  });

  it('a different redirect in the same session is reported', async () => {
    remember('mid_a');
    remember('mid_b');
    at('imp_uid=imp_a&merchant_uid=mid_a&imp_success=true');
    const a = renderRedirect();
    await waitFor(() => expect(a.onSuccess).toHaveBeenCalledTimes(1));
    a.unmount();
    at('imp_uid=imp_b&merchant_uid=mid_b&imp_success=true');
    const b = renderRedirect();
    await waitFor(() => expect(b.onSuccess).toHaveBeenCalledTimes(1));
    expect(b.onSuccess.mock.calls[0]![0].merchantUid).toBe('mid_b');
  });
});

describe('storage and unknown requests', () => {
  it('without sessionStorage: reports once per load, with customerUid null', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const query = 'imp_uid=imp_6&merchant_uid=mid_ns&imp_success=true';
      at(query);
      const first = renderRedirect({}, (node) => <StrictMode>{node}</StrictMode>);
      await waitFor(() => expect(first.onSuccess).toHaveBeenCalledTimes(1));
      expect(first.onSuccess.mock.calls[0]![0]).toMatchObject({
        customerUid: null,
        merchantUid: 'mid_ns',
        impUid: 'imp_6',
        charged: false,
      });
      expect(path()).toBe('/checkout?plan=pro');
      first.unmount();

      at(query);
      const remount = renderRedirect();
      await waitFor(() => expect(path()).toBe('/checkout?plan=pro'));
      expect(remount.onSuccess).not.toHaveBeenCalled();
    } finally {
      Object.defineProperty(window, 'sessionStorage', original);
    }
  });

  it('an unknown merchant_uid still reports, with customerUid null, so the server can check it', async () => {
    remember('someone_else');
    at('imp_uid=imp_7&merchant_uid=mid_unknown&imp_success=true');
    const { onSuccess } = renderRedirect();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      customerUid: null,
      merchantUid: 'mid_unknown',
      impUid: 'imp_7',
      amount: 0,
      charged: false,
    });
    expect(peekPending('someone_else')).toBeDefined();
  });

  it('a URL without merchant_uid does nothing and is left alone', async () => {
    remember('mid_x');
    at('imp_uid=imp_8&imp_success=true');
    const verify = vi.fn(async () => true);
    const { onSuccess, onFailure, status } = renderRedirect({ verify });
    await act(async () => {});
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(verify).not.toHaveBeenCalled();
    expect(status()).toBe('idle');
    expect(path()).toBe('/checkout?plan=pro&imp_uid=imp_8&imp_success=true');
    expect(peekPending('mid_x')).toBeDefined();
  });
});

describe('verify', () => {
  function deferred() {
    let resolve!: (value: boolean) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<boolean>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('true: status is verifying until it resolves, then success with verified', async () => {
    remember('mid_v1');
    at('imp_uid=imp_9&merchant_uid=mid_v1&imp_success=true');
    const answer = deferred();
    const verify = vi.fn(() => answer.promise);
    const { onSuccess, status } = renderRedirect({ verify });
    await waitFor(() => expect(status()).toBe('verifying'));
    expect(verify).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_42_card_1', verified: false }));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(peekPending('mid_v1')).toBeDefined(); // a reload while verifying can still recover it
    await act(async () => answer.resolve(true));
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ customerUid: 'member_42_card_1', verified: true });
    expect(status()).toBe('success');
  });

  it('false is VERIFY_FAILED', async () => {
    remember('mid_v2');
    at('imp_uid=imp_10&merchant_uid=mid_v2&imp_success=true');
    const { onSuccess, onFailure } = renderRedirect({ verify: async () => false });
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0].code).toBe('VERIFY_FAILED');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('a throw is VERIFY_FAILED carrying the cause', async () => {
    remember('mid_v3');
    at('imp_uid=imp_11&merchant_uid=mid_v3&imp_success=true');
    const cause = new Error('server down');
    const { onFailure, status } = renderRedirect({ verify: () => Promise.reject(cause) });
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'VERIFY_FAILED', response: cause });
    expect(status()).toBe('failure');
  });

  it('is not called for a failure redirect', async () => {
    remember('mid_v4');
    at('merchant_uid=mid_v4&imp_success=false&error_code=F1');
    const verify = vi.fn(async () => true);
    const { onFailure } = renderRedirect({ verify });
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(verify).not.toHaveBeenCalled();
  });
});

describe('with a provider', () => {
  it("onResult sees the redirect outcome, verified by the provider's verify", async () => {
    stubIamport();
    remember('mid_p1', { amount: 1004 });
    at('imp_uid=imp_12&merchant_uid=mid_p1&imp_success=true');
    const onResult = vi.fn<(outcome: BillingKeyOutcome) => void>();
    const verify = vi.fn(async (result: BillingKeyResult) => result.customerUid === 'member_42_card_1');
    const { onSuccess } = renderRedirect({}, (node) => (
      <IamportProvider userCode="imp12345678" onResult={onResult} verify={verify}>
        {node}
      </IamportProvider>
    ));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toEqual({ status: 'success', result: onSuccess.mock.calls[0]![0] });
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ customerUid: 'member_42_card_1', charged: true, verified: true });
  });

  it('onResult sees a failure; the hook verify overrides the provider one', async () => {
    stubIamport();
    remember('mid_p2');
    at('imp_uid=imp_13&merchant_uid=mid_p2&imp_success=true');
    const onResult = vi.fn<(outcome: BillingKeyOutcome) => void>();
    const providerVerify = vi.fn(async () => true);
    renderRedirect({ verify: async () => false }, (node) => (
      <IamportProvider userCode="imp12345678" onResult={onResult} verify={providerVerify}>
        {node}
      </IamportProvider>
    ));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    const outcome = onResult.mock.calls[0]![0];
    expect(outcome.status === 'failure' && outcome.error.code).toBe('VERIFY_FAILED');
    expect(providerVerify).not.toHaveBeenCalled();
  });

  it('a throwing onSuccess does not stop onResult', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      stubIamport();
      remember('mid_p3');
      at('imp_uid=imp_14&merchant_uid=mid_p3&imp_success=true');
      const onResult = vi.fn<(outcome: BillingKeyOutcome) => void>();
      render(
        <IamportProvider userCode="imp12345678" onResult={onResult}>
          <BillingKeyRedirect
            onSuccess={() => {
              throw new Error('merchant bug');
            }}
          />
        </IamportProvider>,
      );
      await act(async () => {});
      expect(onResult).toHaveBeenCalledTimes(1);
      expect(() => vi.runOnlyPendingTimers()).toThrow('merchant bug');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('BillingKeyRedirect', () => {
  it('renders its children as is and nothing of its own', () => {
    const { container } = render(
      <BillingKeyRedirect>
        <p>결제 결과를 확인하고 있습니다</p>
      </BillingKeyRedirect>,
    );
    expect(container.innerHTML).toBe('<p>결제 결과를 확인하고 있습니다</p>');
    const empty = render(<BillingKeyRedirect />);
    expect(empty.container.innerHTML).toBe('');
  });

  it('renders on a server without reading the URL or reporting', () => {
    remember('mid_ssr');
    at('imp_uid=imp_15&merchant_uid=mid_ssr&imp_success=true');
    const onSuccess = vi.fn();
    const html = renderToString(
      <BillingKeyRedirect onSuccess={onSuccess}>{(state) => <span>{state.status}</span>}</BillingKeyRedirect>,
    );
    expect(html).toBe('<span>idle</span>');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(path()).toBe('/checkout?plan=pro&imp_uid=imp_15&merchant_uid=mid_ssr&imp_success=true');
  });
});
