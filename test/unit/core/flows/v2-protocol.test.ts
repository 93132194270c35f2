import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPortOneProtocol,
  createPortOneReturn,
  STORAGE_KEYS,
  V2_PG_RULES,
  type IssueBillingKeyParams,
  type IssueBillingKeyResponse,
  type PortOneSdk,
} from '../../../../src/core';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';
import { recordAnswer } from '../../../../src/core/page/completed-ids';
import { expectDevWarning } from '../../../support/dev-warnings';
import { CHANNEL, STORE, VALID } from '../../../support/v2-fixtures';

const messages = CORE_MESSAGES.en;
const protocol = createPortOneProtocol({ storeId: STORE });
const returns = createPortOneReturn();

function sdkAnswering(answer: () => Promise<IssueBillingKeyResponse | undefined>) {
  const calls: IssueBillingKeyParams[] = [];
  const sdk: PortOneSdk = {
    requestIssueBillingKey: vi.fn((params: IssueBillingKeyParams) => {
      calls.push(params);
      return answer();
    }),
  };
  return { sdk, calls };
}

beforeEach(() => window.history.replaceState(null, '', '/billing?plan=pro'));
afterEach(() => window.history.replaceState(null, '', '/'));

describe('createPortOneProtocol — prepare and open', () => {
  it("applies the device rules of the buyer's browser, read from its user agent", () => {
    const pcOnly = { ...VALID.inicis_v2, params: {} };
    // Preparing on a PC warns (in development) what a phone would refuse.
    expectDevWarning('inicis_v2: params.offerPeriod is required on mobile browsers');
    expect(protocol.prepare(pcOnly, messages).id).toEqual(expect.any(String));
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)');
    expect(() => protocol.prepare(pcOnly, messages)).toThrow(expect.objectContaining({ field: 'params.offerPeriod' }));
  });

  it('is the v2 generation, remembering the pg and method (no buyer data) under the issueId', () => {
    const attempt = protocol.prepare(VALID.inicis_v2, messages);
    expect(protocol.generation).toBe('v2');
    expect(attempt.record).toEqual({
      version: 1,
      id: attempt.id,
      openedAt: expect.any(Number) as unknown,
      pg: 'inicis_v2',
      billingKeyMethod: 'CARD',
    });
    expect(JSON.stringify(attempt.record)).not.toContain('portone.io');
  });

  it('calls requestIssueBillingKey synchronously with the built request, storeId included', async () => {
    const { sdk, calls } = sdkAnswering(async () => ({ transactionType: 'ISSUE_BILLING_KEY', billingKey: 'billing-key-1' }));
    const attempt = protocol.prepare({ ...VALID.kakaopay, issueId: 'issue-9' }, messages);
    const opened = attempt.open(sdk);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ storeId: STORE, channelKey: CHANNEL, billingKeyMethod: 'EASY_PAY', issueId: 'issue-9' });
    expect(calls[0]!.redirectUrl).toBe('http://localhost:3000/billing?plan=pro&rbk_issue_id=issue-9');
    expect(await opened).toMatchObject({
      status: 'success',
      result: { billingKey: 'billing-key-1', issueId: 'issue-9', pg: 'kakaopay' },
    });
  });

  it('undefined (the browser is leaving for a redirect) opens nothing to report', async () => {
    const { sdk } = sdkAnswering(async () => undefined);
    expect(await protocol.prepare(VALID.kcp_v2, messages).open(sdk)).toBeUndefined();
  });

  it('a rejection and a synchronous throw are failures, not crashes', async () => {
    const rejected = sdkAnswering(() =>
      Promise.reject(
        Object.assign(new Error('no channel'), { __portOneErrorType: 'IssueBillingKeyError', code: 'ChannelNotFound' }),
      ),
    );
    expect(await protocol.prepare(VALID.kcp_v2, messages).open(rejected.sdk)).toMatchObject({
      status: 'failure',
      error: { code: 'PG_FAILED', pgCode: 'ChannelNotFound' },
    });
    const throwing: PortOneSdk = {
      requestIssueBillingKey: () => {
        throw new TypeError('broken SDK');
      },
    };
    expect(await protocol.prepare(VALID.kcp_v2, messages).open(throwing)).toMatchObject({
      status: 'failure',
      error: { code: 'PG_FAILED' },
    });
  });

  it('refuses an issueId that completed on this page (v2 ids only)', () => {
    recordAnswer('v1', 'order-1', { status: 'success' });
    expect(() => protocol.prepare({ ...VALID.kcp_v2, issueId: 'order-1' }, messages)).not.toThrow();
    recordAnswer('v2', 'order-1', { status: 'success' });
    expect(() => protocol.prepare({ ...VALID.kcp_v2, issueId: 'order-1' }, messages)).toThrow(
      expect.objectContaining({ code: 'INVALID_PARAMS', field: 'issueId' }),
    );
  });

  it('refuses every request when the provider has no store id', () => {
    expect(() => createPortOneProtocol({ storeId: '' }).prepare(VALID.kcp_v2, messages)).toThrow(
      expect.objectContaining({ code: 'INVALID_PARAMS', field: 'storeId' }),
    );
  });
});

describe('createPortOneProtocol — development warnings', () => {
  it('warns once each: the other device’s requirements, displayAmount shown only, recommended and unknown params', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const request = {
      ...VALID.inicis_v2,
      displayAmount: 9900,
      params: { futureField: true },
    } as unknown as typeof VALID.inicis_v2;
    protocol.prepare(request, messages);
    protocol.prepare(request, messages);
    protocol.prepare(VALID.tosspay_v2, messages);
    const printed = warn.mock.calls.map(([text]) => String(text));
    expect(printed).toEqual([
      expect.stringContaining('inicis_v2: params.offerPeriod is required on mobile browsers'),
      expect.stringContaining('displayAmount 9900 is only shown'),
      expect.stringContaining('params.futureField is not a field of PortOne.requestIssueBillingKey'),
      expect.stringContaining("tosspay_v2: PortOne's docs recommend params.noticeUrls"),
    ]);
  });

  it('in production preparing warns about nothing and the attempt carries no development bookkeeping', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const attempt = protocol.prepare({ ...VALID.tosspay_v2, displayAmount: 9900 }, messages);
      expect(warn).not.toHaveBeenCalled();
      expect(attempt.onSuccess).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('warns about a manual-confirmation success no verify confirmed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const attempt = protocol.prepare(VALID.kcp_v2, messages);
    const result = {
      billingKey: null,
      issueId: attempt.id,
      pg: 'kcp_v2',
      verified: true,
      needsConfirmation: true,
      billingIssueToken: 't',
      charged: false,
      payment: null,
      response: {},
    };
    attempt.onSuccess?.(result);
    expect(warn).not.toHaveBeenCalled();
    attempt.onSuccess?.({ ...result, verified: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('POST /billing-keys/confirm'));
  });
});

describe('createPortOneProtocol — redirect returns', () => {
  const at = (query: string) => `https://shop.example/billing?plan=pro&${query}#/account`;

  it.each([
    ['no keys', 'https://shop.example/billing?plan=pro'],
    ['the merchant’s own code', at('code=SPRING&message=hi')],
    ['a bare rbk_issue_id', at('rbk_issue_id=i1')],
    ['PortOne’s fields without rbk_issue_id', at('transactionType=ISSUE_BILLING_KEY&billingKey=bk')],
  ])('%s → not a return (null)', (_label, url) => {
    expect(returns.readRedirect(url, messages)).toBeNull();
  });

  it('a success: the key, matched to the remembered request by rbk_issue_id', () => {
    const found = returns.readRedirect(
      at('rbk_issue_id=i1&transactionType=ISSUE_BILLING_KEY&billingKey=billing-key-7'),
      messages,
    )!;
    expect(found).toMatchObject({ attemptId: 'i1', answerId: '' });
    expect(found.toOutcome({ version: 1, id: 'i1', openedAt: Date.now(), pg: 'smartro_v2', billingKeyMethod: 'CARD' })).toEqual({
      status: 'success',
      result: {
        billingKey: 'billing-key-7',
        issueId: 'i1',
        pg: 'smartro_v2',
        verified: false,
        needsConfirmation: false,
        billingIssueToken: null,
        charged: false,
        payment: null,
        response: { transactionType: 'ISSUE_BILLING_KEY', billingKey: 'billing-key-7' },
      },
    });
    // Not remembered here (another browser, storage blocked, or edited): the key still arrives, without a pg.
    expect(found.toOutcome(undefined)).toMatchObject({ status: 'success', result: { billingKey: 'billing-key-7', pg: '' } });
    // Edited in storage: read back as not remembered.
    window.sessionStorage.setItem(STORAGE_KEYS.pendingV2, JSON.stringify({ i1: { id: 'i1', openedAt: Date.now(), pg: 42 } }));
    expect(found.toOutcome(returns.recall('i1'))).toMatchObject({ result: { pg: '' } });
    window.sessionStorage.removeItem(STORAGE_KEYS.pendingV2);
  });

  it('a failure with the PG’s words, Naver Pay’s unmodified; read from a query inside the hash too', () => {
    const url =
      'https://shop.example/app/#/billing?rbk_issue_id=i2&transactionType=ISSUE_BILLING_KEY&code=FAILURE_TYPE_PG' +
      '&message=%EC%8B%A4%ED%8C%A8&pgCode=E1&pgMessage=%ED%95%9C%EB%8F%84%20%EC%B4%88%EA%B3%BC';
    const found = returns.readRedirect(url, messages)!;
    const outcome = found.toOutcome({ version: 1, id: 'i2', openedAt: 0, pg: 'naverpay' });
    expect(outcome).toMatchObject({
      status: 'failure',
      error: { code: 'PG_FAILED', pgCode: 'E1', pgMessage: '한도 초과', message: '한도 초과' },
    });
  });

  it('manual confirmation: NEEDS_CONFIRMATION with billingIssueToken', () => {
    const found = returns.readRedirect(at('rbk_issue_id=i3&billingKey=NEEDS_CONFIRMATION&billingIssueToken=tok'), messages)!;
    expect(found.toOutcome(undefined)).toMatchObject({
      status: 'success',
      result: { billingKey: null, needsConfirmation: true, billingIssueToken: 'tok' },
    });
  });

  it('stripRedirect removes every v2 key and keeps the merchant’s keys and hash route', () => {
    const url = at(
      'rbk_issue_id=i1&transactionType=ISSUE_BILLING_KEY&billingKey=bk&billingIssueToken=t&code=c&message=m&pgCode=p&pgMessage=q',
    );
    expect(returns.stripRedirect(url)).toBe('https://shop.example/billing?plan=pro#/account');
  });

  it('rules and attempt records share the PG names the rules table uses', () => {
    // Preparing also gives each PG's development advice (recommended params…), not the subject here.
    expectDevWarning(/./);
    for (const pg of Object.keys(VALID) as (keyof typeof V2_PG_RULES)[]) {
      expect(protocol.prepare(VALID[pg], messages).record.pg).toBe(pg);
    }
  });
});
