// Issue 22, v1: nothing from outside is trusted. An answer proves itself, no fault locks the page, no issued key is lost
// (DESIGN.md "Request lifecycle", "An issued key is never lost", "Outcome rules"). Each describe is one kind of fault.
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  BillingKeyCheckout,
  BillingKeyRedirect,
  IamportProvider,
  PgNotice,
  PG_RULES,
  type BillingKeyError,
  type BillingKeyOutcome,
  type IamportResponse,
  type PgRules,
  type RequestPayParams,
} from '../../src';
import { installMockIamport } from '../../src/testing';
import { renderHook, settle, USER_CODE } from '../support/kit';
import { expectNoPollutedSetting, withPollutedPrototype } from '../support/polluted';
import { browserFetched } from '../support/resource-timing';

const danal = { pg: 'danal_tpay', customerUid: 'member_1_card_1', amount: 9900, buyer: { tel: '010-1234-5678' } } as const;
const kcp = { pg: 'kcp_billing', customerUid: 'member_1_card_1' } as const;

/** A bare `window.IMP` whose windows stay open; `answer(i, value)` calls the i-th callback with anything at all. */
function rawIamport() {
  const calls: { params: RequestPayParams; callback: (response: IamportResponse) => void }[] = [];
  const sdk = {
    init: vi.fn(),
    request_pay: vi.fn((params: RequestPayParams, callback: (response: IamportResponse) => void) => {
      calls.push({ params, callback });
    }),
  };
  (window as { IMP?: unknown }).IMP = sdk;
  return {
    sdk,
    calls,
    answer(value: unknown, at = calls.length - 1) {
      calls[at]!.callback(value as IamportResponse);
    },
  };
}

const phone = () =>
  vi.spyOn(window.navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile');

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('1. a success needs proof (imp_uid)', () => {
  const throwing = Object.defineProperty({}, 'imp_uid', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  it.each([
    ['an Error a wrapper passed on', new Error('network down')],
    ['{}', {}],
    ['an array', [{ imp_uid: 'imp_1' }]],
    ['fields that throw when read', throwing],
    ['a merchant_uid alone', { merchant_uid: 'bk_1' }],
    ['imp_success true without imp_uid', { imp_success: true, merchant_uid: 'bk_1' }],
    ['an empty imp_uid', { imp_uid: '' }],
    ['a number', 42],
    ['undefined', undefined],
  ])('%s is PG_FAILED: onSuccess and onResult never hear of a card', async (_, answer) => {
    const sdk = rawIamport();
    const { hook, onResult } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(danal));
    });
    act(() => sdk.answer(answer));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'PG_FAILED' });
    expect(hook.current.status).toBe('failure');
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'failure' });
  });

  it('a polluted Object.prototype.imp_uid proves nothing', async () => {
    const sdk = rawIamport();
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(danal));
    });
    (Object.prototype as Record<string, unknown>).imp_uid = 'imp_forged';
    try {
      act(() => sdk.answer({}));
      await waitFor(() => expect(box.done).toBe(true));
    } finally {
      delete (Object.prototype as Record<string, unknown>).imp_uid;
    }
    expect(box.error).toMatchObject({ code: 'PG_FAILED' });
  });

  it('an imp_uid is proof: success, charged as the rules say', async () => {
    const sdk = rawIamport();
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(danal));
    });
    act(() => sdk.answer({ imp_uid: 'imp_7', merchant_uid: sdk.calls[0]!.params.merchant_uid }));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.value).toMatchObject({ impUid: 'imp_7', charged: true, customerUid: 'member_1_card_1' });
  });

  it('an answer whose classification throws still settles the request and frees the page', async () => {
    const sdk = rawIamport();
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(danal));
    });
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('hostile');
        },
        get() {
          throw new Error('hostile');
        },
      },
    );
    act(() => sdk.answer(hostile));
    await waitFor(() => expect(box.error).toMatchObject({ code: 'PG_FAILED' }));
    act(() => {
      void hook.current.request(danal).catch(() => {});
    });
    expect(sdk.calls).toHaveLength(2);
  });
});

describe('2. a v1 redirectUrl carrying PortOne’s return keys', () => {
  it.each(['merchant_uid', 'imp_uid', 'imp_success', 'success', 'error_code', 'error_msg'])(
    '%s in redirectUrl is INVALID_PARAMS on redirectUrl, nothing opened',
    async (key) => {
      const iamport = installMockIamport({ answer: 'manual' });
      phone();
      const { hook } = renderHook();
      let box!: ReturnType<typeof settle>;
      act(() => {
        box = settle(hook.current.request({ ...kcp, redirectUrl: `https://shop.test/orders?${key}=order_9` }));
      });
      await waitFor(() => expect(box.done).toBe(true));
      expect(box.error).toMatchObject({ code: 'INVALID_PARAMS', field: 'redirectUrl' });
      expect(iamport.requests).toHaveLength(0);
    },
  );

  it('also inside a hash route', async () => {
    installMockIamport({ answer: 'manual' });
    const { hook } = renderHook();
    await act(async () => {
      const error = await hook.current
        .request({ ...kcp, redirectUrl: 'https://shop.test/#/orders?merchant_uid=order_9' })
        .catch((e: BillingKeyError) => e);
      expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'redirectUrl' });
    });
  });

  it.each([
    ['a key repeated in the query', '?merchant_uid=order_9&imp_uid=imp_1&merchant_uid=bk_1'],
    ['a key in the query and in the hash', '?merchant_uid=order_9#/done?imp_uid=imp_1&merchant_uid=bk_1'],
    ['imp_uid repeated', '?imp_uid=imp_1&imp_uid=imp_2&merchant_uid=bk_1'],
  ])('a return with %s is not a return: nothing reported, the URL left alone', async (_, query) => {
    window.history.replaceState(null, '', `/billing/done${query}`);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    const onResult = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE} onResult={onResult}>
        <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure} />
      </IamportProvider>,
    );
    await act(async () => {});
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(onResult).not.toHaveBeenCalled();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(`/billing/done${query}`);
  });
});

describe('3. a request from a hook whose component unmounted', () => {
  it('rejects CANCELLED at once: no window, no lock, other buttons still open theirs', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook, unmount, onResult } = renderHook();
    const request = hook.current.request;
    unmount();
    await expect(request(kcp)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(iamport.requests).toHaveLength(0);
    expect(onResult).not.toHaveBeenCalled();

    const other = renderHook();
    act(() => {
      void other.hook.current.request(kcp).catch(() => {});
    });
    expect(iamport.requests).toHaveLength(1);
    expect(other.hook.current.status).toBe('pending');
  });

  it('frees nothing it does not hold: another hook’s open window keeps the lock', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const first = renderHook();
    const gone = renderHook();
    const request = gone.hook.current.request;
    gone.unmount();
    act(() => {
      void first.hook.current.request(kcp).catch(() => {});
    });
    await expect(request(kcp)).rejects.toMatchObject({ code: 'CANCELLED' });
    const third = renderHook();
    await act(async () => {
      await expect(third.hook.current.request(kcp)).rejects.toMatchObject({ code: 'BUSY' });
    });
    expect(iamport.requests).toHaveLength(1);
  });
});

describe('4. an issued key is never lost (VERIFY_FAILED carries it)', () => {
  const cases: [string, () => Promise<boolean> | boolean][] = [
    ['throws', () => Promise.reject(new TypeError('Failed to fetch'))],
    [
      'throws synchronously',
      () => {
        throw new Error('sync');
      },
    ],
    ['resolves false', () => false],
    ['resolves a non-boolean', () => 'yes' as unknown as boolean],
  ];
  it.each(cases)('verify that %s: the error and onResult carry customerUid, merchantUid, impUid', async (_, verify) => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook, onResult } = renderHook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(kcp));
    });
    act(() => iamport.answer({ imp_uid: 'imp_9' }));
    await waitFor(() => expect(box.done).toBe(true));
    const error = box.error as BillingKeyError;
    expect(error).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(error.result).toMatchObject({
      customerUid: 'member_1_card_1',
      merchantUid: iamport.lastRequest().merchant_uid,
      impUid: 'imp_9',
      verified: false,
    });
    expect(onResult).toHaveBeenCalledTimes(1);
    expect((onResult.mock.calls[0]![0] as { error: BillingKeyError }).error).toBe(error);
  });

  it('verify that hangs fails after verifyTimeoutMs with the key; a late true changes nothing', async () => {
    vi.useFakeTimers();
    try {
      let late!: (value: boolean) => void;
      const iamport = installMockIamport({ answer: 'manual' });
      const { hook, onResult } = renderHook({
        verifyTimeoutMs: 5000,
        verify: () => new Promise<boolean>((resolve) => (late = resolve)),
      });
      let box!: ReturnType<typeof settle>;
      act(() => {
        box = settle(hook.current.request(kcp));
      });
      act(() => iamport.answer({ imp_uid: 'imp_9' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(4999);
      });
      expect(hook.current.status).toBe('verifying');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1);
      });
      expect(box.error).toMatchObject({ code: 'VERIFY_FAILED', result: { impUid: 'imp_9' } });
      late(true);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(onResult).toHaveBeenCalledTimes(1);
      expect(hook.current.status).toBe('failure');
    } finally {
      vi.useRealTimers();
    }
  });

  it('the default time limit is 30 s; a bad verifyTimeoutMs is a development error and the default applies', async () => {
    vi.useFakeTimers();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const iamport = installMockIamport({ answer: 'manual' });
      const { hook } = renderHook({ verifyTimeoutMs: -1, verify: () => new Promise<boolean>(() => {}) });
      let box!: ReturnType<typeof settle>;
      act(() => {
        box = settle(hook.current.request(kcp));
      });
      act(() => iamport.answer({ imp_uid: 'imp_9' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(29999);
      });
      expect(box.done).toBe(false);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1);
      });
      expect(box.error).toMatchObject({ code: 'VERIFY_FAILED' });
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('verifyTimeoutMs'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('a verify removed before the answer: the key is reported unverified, not VERIFY_FAILED', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const onResult = vi.fn<(o: BillingKeyOutcome) => void>();
    const onSuccess = vi.fn();
    const verify = vi.fn(() => true);
    const view = (withVerify: boolean) => (
      <IamportProvider userCode={USER_CODE} onResult={onResult} verify={withVerify ? verify : undefined}>
        <BillingKeyButton {...kcp} onSuccess={onSuccess} />
      </IamportProvider>
    );
    const { rerender } = render(view(true));
    act(() => screen.getByRole('button').click());
    rerender(view(false));
    act(() => iamport.answer({ imp_uid: 'imp_9' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ impUid: 'imp_9', verified: false });
    expect(verify).not.toHaveBeenCalled();
  });

  it('a verify already running is awaited to its end when the prop changes', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    let confirm!: (value: boolean) => void;
    const first = vi.fn(() => new Promise<boolean>((resolve) => (confirm = resolve)));
    const second = vi.fn(() => false);
    const onSuccess = vi.fn();
    const view = (verify: () => Promise<boolean> | boolean) => (
      <IamportProvider userCode={USER_CODE} verify={verify}>
        <BillingKeyButton {...kcp} onSuccess={onSuccess} />
      </IamportProvider>
    );
    const { rerender } = render(view(first));
    act(() => screen.getByRole('button').click());
    act(() => iamport.answer({ imp_uid: 'imp_9' }));
    await waitFor(() => expect(first).toHaveBeenCalledTimes(1));
    rerender(view(second));
    await act(async () => confirm(true));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ verified: true });
    expect(second).not.toHaveBeenCalled();
  });

  it('unmount while verifying: the request is abandoned, the outcome (with the key) still reaches onResult once', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    let refuse!: (error: Error) => void;
    const { hook, unmount, onResult } = renderHook(
      {},
      {
        verify: () => new Promise<boolean>((_, reject) => (refuse = reject)),
      },
    );
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(kcp));
    });
    act(() => iamport.answer({ imp_uid: 'imp_9' }));
    await waitFor(() => expect(hook.current.status).toBe('verifying'));
    unmount();
    await waitFor(() => expect(box.error).toMatchObject({ code: 'CANCELLED' }));
    await act(async () => refuse(new Error('offline')));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toMatchObject({
      status: 'failure',
      error: { code: 'VERIFY_FAILED', result: { customerUid: 'member_1_card_1', impUid: 'imp_9' } },
    });
  });

  it('a redirect return whose verify throws carries the key too', async () => {
    const onFailure = vi.fn<(e: BillingKeyError) => void>();
    const onResult = vi.fn();
    window.history.replaceState(null, '', '/done?imp_uid=imp_5&merchant_uid=bk_5');
    render(
      <IamportProvider userCode={USER_CODE} onResult={onResult} verify={() => Promise.reject(new Error('offline'))}>
        <BillingKeyRedirect onFailure={onFailure} />
      </IamportProvider>,
    );
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({
      code: 'VERIFY_FAILED',
      result: { merchantUid: 'bk_5', impUid: 'imp_5' },
    });
    expect(onResult.mock.calls[0]![0]).toMatchObject({ error: onFailure.mock.calls[0]![0] });
  });
});

describe('5. the SDK loader and a page’s own script tag that already finished', () => {
  it('fails at once with SDK_LOAD_FAILED; a retry removes the tag and adds a fresh one', async () => {
    const pageTag = document.createElement('script');
    pageTag.src = 'https://cdn.iamport.kr/v1/iamport.js';
    document.head.appendChild(pageTag);
    pageTag.dispatchEvent(new Event('error'));
    browserFetched(pageTag.src);
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(kcp));
    });
    await waitFor(() => expect(box.error).toMatchObject({ code: 'SDK_LOAD_FAILED' }));

    act(() => {
      void hook.current.request(kcp).catch(() => {});
    });
    expect(pageTag.isConnected).toBe(false);
    const tags = document.querySelectorAll('script');
    expect(tags).toHaveLength(1);
    expect(tags[0]).toHaveAttribute('data-react-billing-key', 'v1');
    installMockIamport({ answer: 'manual' });
    await act(async () => {
      tags[0]!.dispatchEvent(new Event('load'));
    });
    expect(hook.current.status).toBe('pending');
  });

  it('a page’s own tag still loading after the page has loaded is waited for, and its load opens the window', async () => {
    expect(document.readyState).toBe('complete');
    const pageTag = document.createElement('script');
    pageTag.src = 'https://cdn.iamport.kr/v1/iamport.js';
    document.head.appendChild(pageTag);
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(kcp));
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(box.error).toBeUndefined();
    expect(hook.current.status).toBe('loading');
    expect(document.querySelectorAll('script')).toHaveLength(1);
    installMockIamport({ answer: 'manual' });
    await act(async () => {
      pageTag.dispatchEvent(new Event('load'));
    });
    expect(hook.current.status).toBe('pending');
    expect(pageTag.isConnected).toBe(true);
  });

  it.each([Infinity, 2147483648])('loadTimeoutMs %s means no time-out (never an immediate failure)', async (loadTimeoutMs) => {
    vi.useFakeTimers();
    try {
      const { hook } = renderHook({ loadTimeoutMs });
      let box!: ReturnType<typeof settle>;
      act(() => {
        box = settle(hook.current.request(kcp));
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(60_000);
      });
      expect(box.done).toBe(false);
      expect(hook.current.status).toBe('loading');
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([0, -5, Number.NaN, '3000', null])(
    'loadTimeoutMs %s is a development error and the default 15 s applies',
    async (loadTimeoutMs) => {
      vi.useFakeTimers();
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const { hook } = renderHook({ loadTimeoutMs: loadTimeoutMs as number });
        let box!: ReturnType<typeof settle>;
        act(() => {
          box = settle(hook.current.request(kcp));
        });
        await act(async () => {
          await vi.advanceTimersByTimeAsync(14_999);
        });
        expect(box.done).toBe(false);
        await act(async () => {
          await vi.advanceTimersByTimeAsync(1);
        });
        expect(box.error).toMatchObject({ code: 'SDK_TIMEOUT' });
        expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('loadTimeoutMs'));
      } finally {
        vi.useRealTimers();
      }
    },
  );
});

describe('6. merchant data is total on the render path', () => {
  const typo = {
    my_pg: {
      status: 'live',
      methods: { card: { zeroAmount: 'key-only', positiveAmount: 'charged' } },
      payMethodDefault: 'first',
      delivery: { pc: 'callback', mobile: 'callback' },
      mid: 'optional',
      requiredBuyerFields: [],
      notices: ['monthlyChargeCapp'],
    },
  } as unknown as PgRules;

  it('an unknown notice kind renders nothing and the click is INVALID_PARAMS on pg', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const iamport = installMockIamport({ answer: 'manual' });
    const onFailure = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE} pgRules={typo}>
        <PgNotice pg={'my_pg' as never} />
        <BillingKeyButton pg={'my_pg' as never} customerUid="member_1" onFailure={onFailure} />
      </IamportProvider>,
    );
    expect(screen.queryByRole('note')).toBeNull();
    act(() => screen.getByRole('button').click());
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_PARAMS', field: 'pg' })));
    expect(iamport.requests).toHaveLength(0);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('pgRules.my_pg'));
  });

  it('a polluted Object.prototype changes nothing: notices, rules, request fields', async () => {
    // React itself reads props with for…in and complains about the polluted names on the <button>: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const iamport = installMockIamport({ answer: 'manual' });
    const proto = Object.prototype as Record<string, unknown>;
    Object.assign(proto, {
      notices: ['notAKind'],
      callbackWhenParam: { key: 'x', value: undefined },
      customerId: { required: true },
      redirectUrl: 'https://evil.test/',
      params: { pg: 'evil' },
    });
    try {
      render(
        <IamportProvider userCode={USER_CODE}>
          <BillingKeyButton pg="danal_tpay" customerUid="member_1" amount={0} buyer={{ tel: '010-1234-5678' }} />
        </IamportProvider>,
      );
      expect(screen.getByRole('note')).toBeInTheDocument();
      act(() => screen.getByRole('button').click());
      expect(iamport.requests).toHaveLength(1);
      expect(iamport.lastRequest().m_redirect_url).not.toBe('https://evil.test/');
    } finally {
      for (const key of ['notices', 'callbackWhenParam', 'customerId', 'redirectUrl', 'params']) delete proto[key];
    }
  });

  it('a polluted Object.prototype reaches no provider or component setting: no script, text, rule, notice or amount of its own', async () => {
    const polluted = {
      sdkUrl: 'https://evil.example/iamport.js',
      integrity: 'sha384-evil',
      locale: 'en',
      messages: { button: { label: 'Call 010-0000-0000 first' } },
      pgRules: { danal_tpay: { ...PG_RULES.kcp_billing } },
      notice: 'none',
      amount: 990000,
    };
    await withPollutedPrototype(polluted, async () => {
      render(
        <IamportProvider userCode={USER_CODE}>
          <BillingKeyButton pg="danal_tpay" customerUid="member_1" buyer={{ tel: '010-1234-5678' }} />
          <PgNotice pg="kcp_billing" />
        </IamportProvider>,
      );
      await expectNoPollutedSetting();
      // Danal's own notice (its 10 KRW test charge), not kcp_billing's rule; the standalone notice has no amount to speak of.
      expect(screen.getAllByRole('note')).toHaveLength(1);
      expect(screen.getByRole('note')).toHaveTextContent('10원');
    });
  });

  it('a polluted Object.prototype.amount changes no checkout notice: the chosen method says what its click does', async () => {
    await withPollutedPrototype({ amount: 990000 }, () => {
      render(
        <IamportProvider userCode={USER_CODE}>
          <BillingKeyCheckout methods={[{ id: 'card', pg: 'kcp_billing' }]} customerUid="member_1" />
        </IamportProvider>,
      );
      expect(screen.queryByRole('note')).toBeNull();
    });
  });

  it('history.replaceState throwing on the redirect page escapes nothing, and the result is reported once', async () => {
    window.history.replaceState(null, '', '/done?imp_uid=imp_5&merchant_uid=bk_5');
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 10 seconds', 'SecurityError');
    });
    const onSuccess = vi.fn();
    const view = () => (
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyRedirect onSuccess={onSuccess} />
      </IamportProvider>
    );
    const { unmount } = render(view());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    unmount();
    render(view());
    await act(async () => {});
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('storage that throws on every call: the callback flow still works', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook } = renderHook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(kcp));
    });
    act(() => iamport.answer({ imp_uid: 'imp_3' }));
    await waitFor(() => expect(box.value).toMatchObject({ impUid: 'imp_3' }));
  });
});

describe('7. userCode and every refusal name their field', () => {
  it.each([undefined, '', '   ', 'imp 123', 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec', 42, {}])(
    'userCode %j: a development error at mount, INVALID_PARAMS on userCode on click, IMP.init never called',
    async (userCode) => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const iamport = installMockIamport({ answer: 'manual' });
      const init = vi.spyOn(iamport.sdk, 'init');
      const { hook } = renderHook({ userCode: userCode as string });
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('userCode'));
      await act(async () => {
        await expect(hook.current.request(kcp)).rejects.toMatchObject({ code: 'INVALID_PARAMS', field: 'userCode' });
      });
      expect(init).not.toHaveBeenCalled();
      expect(iamport.requests).toHaveLength(0);
    },
  );

  it.each(['imp1', 'imp_test_1'])('userCode %s goes to IMP.init as is', async (userCode) => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook } = renderHook({ userCode });
    act(() => {
      void hook.current.request(kcp).catch(() => {});
    });
    expect(iamport.inits).toEqual([userCode]);
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each([
    ['an object amount', { amount: { value: 1 } }, 'amount'],
    ['a cyclic amount', { amount: cyclic }, 'amount'],
    ['a BigInt amount', { amount: BigInt(1) }, 'amount'],
    ['an amount without a prototype', { amount: Object.create(null) as unknown }, 'amount'],
    ['a symbol payMethod', { payMethod: Symbol('card') }, 'payMethod'],
    ['a cyclic payMethod', { payMethod: cyclic }, 'payMethod'],
    [
      'a params without a prototype holding pg',
      { params: Object.assign(Object.create(null) as object, { pg: 'x' }) },
      'params.pg',
    ],
  ])('%s is INVALID_PARAMS on its field', async (_, odd, field) => {
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook } = renderHook();
    await act(async () => {
      await expect(hook.current.request({ ...kcp, ...(odd as object) })).rejects.toMatchObject({
        code: 'INVALID_PARAMS',
        field,
      });
    });
    expect(iamport.requests).toHaveLength(0);
  });
});

describe('8. the default return address keeps the shop’s own keys', () => {
  it('keeps every key it can and names the one it leaves out, in development; the default is never refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    phone();
    window.history.replaceState(null, '', '/plans?tier=pro&merchant_uid=order_7&utm_source=mail#/billing');
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook } = renderHook();
    act(() => {
      void hook.current.request(kcp).catch(() => {});
    });
    expect(iamport.lastRequest().m_redirect_url).toBe('http://localhost:3000/plans?tier=pro&utm_source=mail#/billing');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"merchant_uid"'));
  });

  it('says nothing when no key is left out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    window.history.replaceState(null, '', '/plans?tier=pro');
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook } = renderHook();
    act(() => {
      void hook.current.request(kcp).catch(() => {});
    });
    expect(iamport.lastRequest().m_redirect_url).toBe('http://localhost:3000/plans?tier=pro');
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('leaves out'));
  });
});

describe('9. params that promise a callback keep the default m_redirect_url', () => {
  it('naverpay with naverPopupMode on a phone still sends m_redirect_url', async () => {
    phone();
    window.history.replaceState(null, '', '/subscribe');
    const iamport = installMockIamport({ answer: 'manual' });
    const { hook } = renderHook();
    act(() => {
      void hook.current
        .request({
          pg: 'naverpay',
          customerUid: 'member_1',
          buyer: { tel: '010-1234-5678' },
          params: { naverPopupMode: true, naverProductCode: 'p1' },
        } as never)
        .catch(() => {});
    });
    expect(iamport.lastRequest()).toMatchObject({
      naverPopupMode: true,
      m_redirect_url: 'http://localhost:3000/subscribe',
    });
  });
});

describe('10. every accepted merchantUid round-trips through storage', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
    'merchantUid %s: the redirect return recovers customerUid',
    async (merchantUid) => {
      phone();
      window.history.replaceState(null, '', '/subscribe');
      const iamport = installMockIamport({ answer: 'manual' });
      const { hook, unmount } = renderHook();
      act(() => {
        void hook.current.request({ ...kcp, merchantUid }).catch(() => {});
      });
      expect(iamport.requests).toHaveLength(1);
      unmount();
      iamport.uninstall();
      window.history.replaceState(null, '', `/subscribe?imp_uid=imp_1&merchant_uid=${encodeURIComponent(merchantUid)}`);
      const onSuccess = vi.fn();
      render(
        <IamportProvider userCode={USER_CODE}>
          <BillingKeyRedirect onSuccess={onSuccess} />
        </IamportProvider>,
      );
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
      expect(onSuccess.mock.calls[0]![0]).toMatchObject({ customerUid: 'member_1_card_1', merchantUid });
    },
  );
});
