// Issue 22, v2: nothing from outside is trusted. An answer proves itself (a billingKey), no fault locks the page, no
// issued key is lost (DESIGN.md "Request lifecycle", "An issued key is never lost", "Outcome rules", "v2 API").
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installMockPortOne } from '../../../src/testing';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  PgNotice,
  PortOneProvider,
  type BillingKeyError,
  type IssueBillingKeyParams,
} from '../../../src/v2';
import { expectNoPollutedSetting, withPollutedPrototype } from '../../support/polluted';
import { browserFetched } from '../../support/resource-timing';
import { base, CHANNEL_KEY, holdingPortOne, renderV2Hook, settle, STORE_ID } from '../../support/v2-kit';

/** A bare `window.PortOne` whose windows answer whatever the test resolves (or rejects) them with. */
function rawPortOne() {
  const calls: { params: IssueBillingKeyParams; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
  const sdk = {
    requestIssueBillingKey: vi.fn(
      (params: IssueBillingKeyParams) =>
        new Promise((resolve, reject) => {
          calls.push({ params, resolve, reject });
        }),
    ),
  };
  (window as { PortOne?: unknown }).PortOne = sdk;
  return { sdk, calls };
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('1. a v2 success needs proof (billingKey)', () => {
  const throwing = Object.defineProperty({}, 'billingKey', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  it.each([
    ['an Error', new Error('network down')],
    ['{}', {}],
    ['an array', [{ billingKey: 'billing-key-1' }]],
    ['fields that throw when read', throwing],
    ['transactionType alone', { transactionType: 'ISSUE_BILLING_KEY' }],
    ['NEEDS_CONFIRMATION without its token', { billingKey: 'NEEDS_CONFIRMATION' }],
    ['a number', 7],
  ])('%s is PG_FAILED', async (_, answer) => {
    const portOne = rawPortOne();
    const { hook, onResult } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => portOne.calls[0]!.resolve(answer));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'PG_FAILED' });
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'failure' });
  });

  it('a rejection that is not a PortOne error (a getter that throws) is PG_FAILED and frees the page', async () => {
    const portOne = rawPortOne();
    const { hook } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    const hostile = Object.defineProperty({}, '__portOneErrorType', {
      get() {
        throw new Error('hostile');
      },
    });
    await act(async () => portOne.calls[0]!.reject(hostile));
    await waitFor(() => expect(box.error).toMatchObject({ code: 'PG_FAILED' }));
    act(() => {
      void hook.current.request(base).catch(() => {});
    });
    expect(portOne.calls).toHaveLength(2);
  });

  it('a polluted Object.prototype.billingKey proves nothing', async () => {
    const portOne = rawPortOne();
    const { hook } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    (Object.prototype as Record<string, unknown>).billingKey = 'billing-key-forged';
    try {
      await act(async () => portOne.calls[0]!.resolve({}));
      await waitFor(() => expect(box.done).toBe(true));
    } finally {
      delete (Object.prototype as Record<string, unknown>).billingKey;
    }
    expect(box.error).toMatchObject({ code: 'PG_FAILED' });
  });

  it('a polluted Object.prototype changes no rule: the button shows its notice and its click opens the window', async () => {
    const portOne = installMockPortOne({ answer: 'manual' });
    await withPollutedPrototype({ firstPayment: 5, notices: ['notAKind'], delivery: null }, () => {
      render(
        <PortOneProvider storeId={STORE_ID}>
          <BillingKeyButton pg="smartro_v2" channelKey={CHANNEL_KEY} customer={{ customerId: 'member7' }} />
        </PortOneProvider>,
      );
      expect(screen.getByRole('note')).toBeInTheDocument();
      act(() => screen.getByRole('button').click());
      expect(portOne.requests).toHaveLength(1);
    });
  });

  it('a polluted Object.prototype reaches no provider or component setting: no script, text, notice or charge of its own', async () => {
    const polluted = {
      sdkUrl: 'https://evil.example/browser-sdk.js',
      nonce: 'evil',
      messages: { button: { label: 'Call 010-0000-0000 first' } },
      notice: 'none',
      payment: { orderName: 'x', totalAmount: 990000 },
      billingKeyMethod: 'MOBILE',
    };
    await withPollutedPrototype(polluted, async () => {
      render(
        <PortOneProvider storeId={STORE_ID}>
          <BillingKeyButton pg="galaxia" channelKey={CHANNEL_KEY} customer={{ customerId: 'member7' }} />
          <PgNotice pg="welcome" />
        </PortOneProvider>,
      );
      await expectNoPollutedSetting();
      // Galaxia's own notice (its 1,000 KRW window at amount 0); nothing is charged, and Welcome has nothing to say.
      expect(screen.getAllByRole('note')).toHaveLength(1);
      expect(screen.getByRole('note')).toHaveTextContent('1,000원');
      expect(screen.getByRole('note')).not.toHaveTextContent('990,000');
    });
  });

  it('NEEDS_CONFIRMATION with a billingIssueToken is a success that needs confirmation', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const portOne = rawPortOne();
    const { hook } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => portOne.calls[0]!.resolve({ billingKey: 'NEEDS_CONFIRMATION', billingIssueToken: 'token-1' }));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.value).toMatchObject({ billingKey: null, needsConfirmation: true, billingIssueToken: 'token-1' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('manual confirmation'));
  });
});

describe('2. reading a v2 return never picks among repeated keys', () => {
  it.each([
    ['billingKey repeated', '?rbk_issue_id=bk_1&billingKey=billing-key-1&billingKey=billing-key-2'],
    ['rbk_issue_id in the query and the hash', '?rbk_issue_id=bk_1#/done?rbk_issue_id=bk_2&billingKey=billing-key-1'],
    ['code in the query and the hash', '?rbk_issue_id=bk_1&code=WELCOME10#/x?code=FAILURE_TYPE_PG'],
  ])('%s: not a return, nothing reported, the URL left alone', async (_, query) => {
    window.history.replaceState(null, '', `/done${query}`);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    render(
      <PortOneProvider storeId={STORE_ID}>
        <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure} />
      </PortOneProvider>,
    );
    await act(async () => {});
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(`/done${query}`);
  });
});

describe('3. a request from an unmounted v2 hook', () => {
  it('rejects CANCELLED at once, opens nothing and takes no lock', async () => {
    const portOne = holdingPortOne();
    const gone = renderV2Hook();
    const request = gone.hook.current.request;
    gone.unmount();
    await expect(request(base)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(portOne.requestIssueBillingKey).not.toHaveBeenCalled();
    const other = renderV2Hook();
    act(() => {
      void other.hook.current.request(base).catch(() => {});
    });
    expect(portOne.requestIssueBillingKey).toHaveBeenCalledTimes(1);
  });
});

describe('4. an issued v2 key is never lost', () => {
  it.each([
    ['throws', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['returns false', () => false],
    ['returns a non-boolean', () => 1 as unknown as boolean],
  ])('verify that %s: error.result carries billingKey and issueId, onResult gets the same error', async (_, verify) => {
    const portOne = holdingPortOne();
    const { hook, onResult } = renderV2Hook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request({ ...base, issueId: 'issue_1' }));
    });
    act(() => portOne.answer({ billingKey: 'billing-key-1' }));
    await waitFor(() => expect(box.done).toBe(true));
    const error = box.error as BillingKeyError;
    expect(error).toMatchObject({ code: 'VERIFY_FAILED', result: { billingKey: 'billing-key-1', issueId: 'issue_1' } });
    expect(onResult).toHaveBeenCalledTimes(1);
    expect((onResult.mock.calls[0]![0] as { error: unknown }).error).toBe(error);
  });

  it('with manual confirmation the error carries the billingIssueToken', async () => {
    const portOne = holdingPortOne();
    const { hook } = renderV2Hook({ verify: () => Promise.reject(new Error('offline')) });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    act(() => portOne.answer({ billingKey: 'NEEDS_CONFIRMATION', billingIssueToken: 'token-9' }));
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({
      code: 'VERIFY_FAILED',
      result: { billingKey: null, billingIssueToken: 'token-9', needsConfirmation: true },
    });
  });

  it('verify that hangs fails after verifyTimeoutMs with the key', async () => {
    vi.useFakeTimers();
    try {
      const portOne = holdingPortOne();
      const { hook } = renderV2Hook({ verifyTimeoutMs: 1000, verify: () => new Promise<boolean>(() => {}) });
      let box!: ReturnType<typeof settle>;
      act(() => {
        box = settle(hook.current.request(base));
      });
      act(() => portOne.answer({ billingKey: 'billing-key-1' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      expect(box.error).toMatchObject({ code: 'VERIFY_FAILED', result: { billingKey: 'billing-key-1' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a redirect return whose verify throws carries the key', async () => {
    window.history.replaceState(null, '', '/done?rbk_issue_id=issue_7&billingKey=billing-key-7');
    const onFailure = vi.fn<(e: BillingKeyError) => void>();
    render(
      <PortOneProvider storeId={STORE_ID} verify={() => Promise.reject(new Error('offline'))}>
        <BillingKeyRedirect onFailure={onFailure} />
      </PortOneProvider>,
    );
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({
      code: 'VERIFY_FAILED',
      result: { billingKey: 'billing-key-7', issueId: 'issue_7' },
    });
  });
});

describe('5. the v2 loader and a page’s own finished tag', () => {
  it('fails at once with SDK_LOAD_FAILED; the retry loads a fresh tag', async () => {
    const pageTag = document.createElement('script');
    pageTag.src = 'https://cdn.portone.io/v2/browser-sdk.js';
    document.head.appendChild(pageTag);
    browserFetched(pageTag.src);
    const { hook } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await waitFor(() => expect(box.error).toMatchObject({ code: 'SDK_LOAD_FAILED' }));
    act(() => {
      void hook.current.request(base).catch(() => {});
    });
    expect(pageTag.isConnected).toBe(false);
    expect(document.querySelector('script[data-react-billing-key="v2"]')).not.toBeNull();
  });

  it('a page’s own tag still loading after the page has loaded is waited for, and its load opens the window', async () => {
    expect(document.readyState).toBe('complete');
    const pageTag = document.createElement('script');
    pageTag.src = 'https://cdn.portone.io/v2/browser-sdk.js';
    document.head.appendChild(pageTag);
    const { hook } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(box.error).toBeUndefined();
    expect(hook.current.status).toBe('loading');
    expect(document.querySelectorAll('script')).toHaveLength(1);
    installMockPortOne({ answer: 'manual' });
    await act(async () => {
      pageTag.dispatchEvent(new Event('load'));
    });
    expect(hook.current.status).toBe('pending');
    expect(pageTag.isConnected).toBe(true);
  });
});

describe('6. v2 notices are total', () => {
  it('PgNotice for any pg value renders without throwing', () => {
    for (const pg of ['__proto__', 'constructor', 'toString', '', 42, null, {}]) {
      expect(() =>
        render(
          <PortOneProvider storeId={STORE_ID}>
            <PgNotice pg={pg as never} displayAmount={1000} />
          </PortOneProvider>,
        ).unmount(),
      ).not.toThrow();
    }
  });
});

describe('7. storeId and odd values name their field', () => {
  it.each([undefined, '', ' store-1', 'store 1', 'imp12345678', 42])(
    'storeId %j: a development error at mount and INVALID_PARAMS on storeId',
    async (storeId) => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const portOne = installMockPortOne({ answer: 'manual' });
      const { hook } = renderV2Hook({ storeId: storeId as string });
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('storeId'));
      await act(async () => {
        await expect(hook.current.request(base)).rejects.toMatchObject({ code: 'INVALID_PARAMS', field: 'storeId' });
      });
      expect(portOne.requests).toHaveLength(0);
    },
  );

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each([
    ['a cyclic displayAmount', { displayAmount: cyclic }, 'displayAmount'],
    ['a BigInt displayAmount', { displayAmount: BigInt(5) }, 'displayAmount'],
    ['a billingKeyMethod without a prototype', { billingKeyMethod: Object.create(null) as unknown }, 'billingKeyMethod'],
    ['a symbol currency', { displayAmount: 1, currency: Symbol('KRW') }, 'currency'],
    ['a displayAmount beyond a safe integer (2 ** 53)', { displayAmount: 2 ** 53 }, 'displayAmount'],
    ['a displayAmount of 1e21', { displayAmount: 1e21 }, 'displayAmount'],
  ])('%s is INVALID_PARAMS on its field', async (_, odd, field) => {
    const portOne = installMockPortOne({ answer: 'manual' });
    const { hook } = renderV2Hook();
    await act(async () => {
      await expect(hook.current.request({ ...base, ...(odd as object) })).rejects.toMatchObject({
        code: 'INVALID_PARAMS',
        field,
      });
    });
    expect(portOne.requests).toHaveLength(0);
  });
});

describe('8. the v2 default return address keeps the shop’s own keys', () => {
  it('/plans?tier=pro&code=WELCOME10: tier kept, code left out with a development warning naming it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    window.history.replaceState(null, '', '/plans?tier=pro&code=WELCOME10');
    const portOne = installMockPortOne({ answer: 'manual' });
    const { hook } = renderV2Hook();
    act(() => {
      void hook.current.request({ ...base, issueId: 'issue_1' }).catch(() => {});
    });
    expect(portOne.lastRequest().redirectUrl).toBe('http://localhost:3000/plans?tier=pro&rbk_issue_id=issue_1');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"code"'));
  });
});

describe('10. every accepted issueId round-trips through storage', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'issueId %s: the return recovers its pg',
    async (issueId) => {
      const portOne = holdingPortOne();
      const { hook, unmount } = renderV2Hook();
      act(() => {
        void hook.current.request({ ...base, issueId }).catch(() => {});
      });
      expect(portOne.requestIssueBillingKey).toHaveBeenCalledTimes(1);
      unmount();
      portOne.mock.uninstall();
      window.history.replaceState(null, '', `/done?rbk_issue_id=${encodeURIComponent(issueId)}&billingKey=billing-key-1`);
      const onSuccess = vi.fn();
      render(
        <PortOneProvider storeId={STORE_ID}>
          <BillingKeyRedirect onSuccess={onSuccess} />
        </PortOneProvider>,
      );
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
      expect(onSuccess.mock.calls[0]![0]).toMatchObject({ issueId, pg: 'tosspayments', billingKey: 'billing-key-1' });
    },
  );
});
