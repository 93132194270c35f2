import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installMockPortOne, type IssueBillingKeyParams, type MockPortOne, type MockPortOneOptions } from '../../../src/testing';
import { BillingKeyButton, PortOneProvider, type BillingKeyError, type BillingKeyResult } from '../../../src/v2';

const STORE = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
const CHANNEL = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';
const request = (fields: Partial<IssueBillingKeyParams> = {}): IssueBillingKeyParams => ({
  storeId: STORE,
  channelKey: CHANNEL,
  billingKeyMethod: 'CARD',
  issueId: 'issue_1',
  issueName: '정기결제',
  ...fields,
});

const installed: MockPortOne[] = [];
function install(options?: MockPortOneOptions): MockPortOne {
  const mock = installMockPortOne(options);
  installed.push(mock);
  return mock;
}

afterEach(() => {
  vi.useRealTimers();
  while (installed.length) installed.pop()!.uninstall();
});

describe('installMockPortOne — answers', () => {
  it('success: a transactionType and a fresh billingKey, recorded in requests', async () => {
    const portOne = install();
    const first = await portOne.sdk.requestIssueBillingKey(request());
    const second = await portOne.sdk.requestIssueBillingKey(request({ issueId: 'issue_2' }));
    expect(first).toEqual({
      transactionType: 'ISSUE_BILLING_KEY',
      billingKey: expect.stringMatching(/^billing-key-\w+$/) as unknown,
    });
    expect(second!.billingKey).not.toBe(first!.billingKey);
    expect(portOne.requests.map((r) => r.issueId)).toEqual(['issue_1', 'issue_2']);
    expect(portOne.lastRequest().issueId).toBe('issue_2');
    expect(window.PortOne).toBe(portOne.sdk);
  });

  it('failure: PortOne’s code and message and the PG’s, default or given', async () => {
    expect(await install({ outcome: 'failure' }).sdk.requestIssueBillingKey(request())).toEqual({
      transactionType: 'ISSUE_BILLING_KEY',
      code: 'FAILURE_TYPE_PG',
      message: '[카드사] 카드 인증에 실패했습니다',
      pgCode: 'CARD_AUTH_FAILED',
      pgMessage: '카드 인증에 실패했습니다',
    });
    installed.pop()!.uninstall();
    expect(
      await install({ outcome: 'failure', failure: { pgCode: 'E9', pgMessage: '한도 초과' } }).sdk.requestIssueBillingKey(
        request(),
      ),
    ).toMatchObject({ code: 'FAILURE_TYPE_PG', pgCode: 'E9', pgMessage: '한도 초과' });
  });

  it('cancel: the words and code the cancellation table knows', async () => {
    expect(await install({ outcome: 'cancel' }).sdk.requestIssueBillingKey(request())).toMatchObject({
      code: 'FAILURE_TYPE_PG',
      pgCode: 'PAY_PROCESS_CANCELED',
    });
  });

  it('needsConfirmation: NEEDS_CONFIRMATION with a billingIssueToken', async () => {
    expect(await install({ needsConfirmation: true }).sdk.requestIssueBillingKey(request())).toEqual({
      transactionType: 'ISSUE_BILLING_KEY',
      billingKey: 'NEEDS_CONFIRMATION',
      billingIssueToken: expect.stringMatching(/^billing-issue-token-/) as unknown,
    });
  });

  it.each(['storeId', 'channelKey', 'billingKeyMethod'] as const)(
    'rejects with an IssueBillingKeyError-shaped error without %s, before any window',
    async (key) => {
      const portOne = install({ answer: 'manual' });
      const error = await portOne.sdk.requestIssueBillingKey(request({ [key]: undefined })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({
        __portOneErrorType: 'IssueBillingKeyError',
        transactionType: 'ISSUE_BILLING_KEY',
        code: 'BadRequest',
        message: expect.stringContaining(key) as unknown,
      });
      expect(portOne.pending).toHaveLength(0);
    },
  );

  it('lastRequest() and answer() throw when there is nothing to show', () => {
    const portOne = install({ answer: 'manual' });
    expect(() => portOne.lastRequest()).toThrow(/requestIssueBillingKey/);
    expect(() => portOne.answer()).toThrow(/no request is waiting/);
  });
});

describe('installMockPortOne — answer modes', () => {
  it("'manual': waits in pending until answer(), which takes an outcome or response fields", async () => {
    const portOne = install({ answer: 'manual' });
    const first = portOne.sdk.requestIssueBillingKey(request());
    const second = portOne.sdk.requestIssueBillingKey(request({ issueId: 'issue_2' }));
    expect(portOne.pending.map((r) => ('issueId' in r ? r.issueId : r.paymentId))).toEqual(['issue_1', 'issue_2']);
    portOne.answer('cancel');
    portOne.answer({ billingKey: 'billing-key-mine' });
    expect(await first).toMatchObject({ pgCode: 'PAY_PROCESS_CANCELED' });
    expect(await second).toEqual({ transactionType: 'ISSUE_BILLING_KEY', billingKey: 'billing-key-mine' });
    expect(portOne.pending).toHaveLength(0);
  });

  it("'sync': settled inside the call; 'auto' with delayMs: after the delay", async () => {
    const sync = install({ answer: 'sync' });
    let done = false;
    void sync.sdk.requestIssueBillingKey(request()).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(true);
    installed.pop()!.uninstall();

    vi.useFakeTimers();
    const auto = install({ delayMs: 500 });
    done = false;
    void auto.sdk.requestIssueBillingKey(request()).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    expect(auto.pending).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});

describe('installMockPortOne — delivery', () => {
  it("'redirect': navigates to redirectUrl with PortOne’s keys (kept the merchant’s) and resolves undefined", async () => {
    const navigate = vi.fn<(url: string) => void>();
    const portOne = install({ delivery: 'redirect', navigate, outcome: 'failure' });
    const answer = await portOne.sdk.requestIssueBillingKey(
      request({ redirectUrl: 'https://shop.example/return?step=2&rbk_issue_id=issue_1#/done' }),
    );
    expect(answer).toBeUndefined();
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.origin + url.pathname + url.hash).toBe('https://shop.example/return#/done');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      step: '2',
      rbk_issue_id: 'issue_1',
      transactionType: 'ISSUE_BILLING_KEY',
      code: 'FAILURE_TYPE_PG',
      message: '[카드사] 카드 인증에 실패했습니다',
      pgCode: 'CARD_AUTH_FAILED',
      pgMessage: '카드 인증에 실패했습니다',
    });
  });

  it('with manual confirmation the return carries billingIssueToken', async () => {
    const navigate = vi.fn<(url: string) => void>();
    await install({ delivery: 'redirect', navigate, needsConfirmation: true }).sdk.requestIssueBillingKey(
      request({ redirectUrl: 'https://shop.example/r' }),
    );
    const query = new URL(navigate.mock.calls[0]![0]).searchParams;
    expect(query.get('billingKey')).toBe('NEEDS_CONFIRMATION');
    expect(query.get('billingIssueToken')).toMatch(/^billing-issue-token-/);
  });

  it.each<[string, Partial<IssueBillingKeyParams>, MockPortOneOptions, boolean, boolean]>([
    ['no redirectUrl: the promise answers', {}, {}, true, false],
    ['forceRedirect', { redirectUrl: 'https://s.example/r', forceRedirect: true }, {}, false, true],
    [
      'windowType REDIRECTION on this device (PC)',
      { redirectUrl: 'https://s.example/r', windowType: { pc: 'REDIRECTION' } },
      {},
      false,
      true,
    ],
    ['windowType IFRAME on mobile', { redirectUrl: 'https://s.example/r', windowType: { mobile: 'IFRAME' } }, {}, true, false],
    ['the PG’s rules on a PC (Galaxia: iframe)', { redirectUrl: 'https://s.example/r' }, { pg: 'galaxia' }, false, false],
    ['the PG’s rules on mobile (Galaxia: redirect)', { redirectUrl: 'https://s.example/r' }, { pg: 'galaxia' }, true, true],
    ['no PG known: mobile redirects', { redirectUrl: 'https://s.example/r' }, {}, true, true],
  ])("'auto': %s", async (_label, fields, options, mobile, redirects) => {
    if (mobile) vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile');
    const navigate = vi.fn();
    const answer = await install({ delivery: 'auto', navigate, ...options }).sdk.requestIssueBillingKey(request(fields));
    expect(navigate).toHaveBeenCalledTimes(redirects ? 1 : 0);
    expect(answer === undefined).toBe(redirects);
  });
});

describe('installMockPortOne — the simulated window', () => {
  function renderButton(options: MockPortOneOptions = {}) {
    const portOne = install({ simulateWindow: true, pg: 'galaxia', ...options });
    const onSuccess = vi.fn<(r: BillingKeyResult) => void>();
    const onFailure = vi.fn<(e: BillingKeyError) => void>();
    render(
      <PortOneProvider storeId={STORE} locale={options.locale}>
        <BillingKeyButton
          pg="galaxia"
          channelKey={CHANNEL}
          customer={{ customerId: 'c1' }}
          onSuccess={onSuccess}
          onFailure={onFailure}
        />
      </PortOneProvider>,
    );
    return {
      portOne,
      onSuccess,
      onFailure,
      button: screen.getByRole('button', { name: options.locale === 'en' ? 'Register card' : '카드 등록하기' }),
    };
  }

  it('a modal dialog naming the PG, the amount the window shows (Galaxia’s 1,000 KRW) and the issueId; Approve → the key', async () => {
    const user = userEvent.setup();
    const { portOne, onSuccess, button } = renderButton();
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: '갤럭시아머니트리 결제창 (테스트)' });
    expect(dialog).toHaveTextContent('1,000원');
    expect(dialog).toHaveTextContent('실제로 결제되지 않고');
    expect(dialog).toHaveTextContent(portOne.lastRequest().issueId);
    expect(dialog).toHaveTextContent('CARD');
    expect(portOne.pending).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: '승인' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('Decline → PG_FAILED; Escape → CANCELLED (English window)', async () => {
    const user = userEvent.setup();
    const { onFailure, button } = renderButton({ locale: 'en' });
    await user.click(button);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0].code).toBe('PG_FAILED');
    await user.click(button);
    await screen.findByRole('dialog', { name: 'Galaxia Money Tree payment window (test)' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(2));
    expect(onFailure.mock.calls[1]![0].code).toBe('CANCELLED');
  });

  it('without the pg option the window names the channel key', async () => {
    const portOne = install({ simulateWindow: true });
    void portOne.sdk.requestIssueBillingKey(request({ displayAmount: 9900 }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAccessibleName(`${CHANNEL} 결제창 (테스트)`);
    // Without rules the stand-in cannot know that the window shows the amount, so it shows none.
    expect(dialog).not.toHaveTextContent('9,900원');
  });
});

describe('installMockPortOne — install and uninstall', () => {
  it('installs on a given target and restores what was there', () => {
    const previous = { requestIssueBillingKey: vi.fn() };
    const target: { PortOne?: unknown } = { PortOne: previous };
    const portOne = installMockPortOne({ target });
    expect(target.PortOne).toBe(portOne.sdk);
    portOne.uninstall();
    expect(target.PortOne).toBe(previous);
    const empty: { PortOne?: unknown } = {};
    installMockPortOne({ target: empty }).uninstall();
    expect('PortOne' in empty).toBe(false);
  });

  it('uninstall with a window left open releases the page’s lock, so the next test is not BUSY', async () => {
    const portOne = install({ answer: 'manual' });
    const onFailure = vi.fn();
    const view = render(
      <PortOneProvider storeId={STORE}>
        <BillingKeyButton pg="tosspayments" channelKey={CHANNEL} onFailure={onFailure} />
      </PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(portOne.pending).toHaveLength(1);
    view.unmount();
    installed.pop()!.uninstall();
    const next = install();
    const onSuccess = vi.fn();
    render(
      <PortOneProvider storeId={STORE}>
        <BillingKeyButton pg="tosspayments" channelKey={CHANNEL} onSuccess={onSuccess} onFailure={onFailure} />
      </PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(next.requests).toHaveLength(1);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('leaves a stand-in someone else installed afterwards alone', () => {
    const portOne = installMockPortOne();
    const other = { requestIssueBillingKey: vi.fn() };
    window.PortOne = other as unknown as typeof window.PortOne;
    portOne.uninstall();
    expect(window.PortOne).toBe(other);
    act(() => {
      delete (window as { PortOne?: unknown }).PortOne;
    });
  });
});
