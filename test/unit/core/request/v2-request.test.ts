import { describe, expect, it, vi } from 'vitest';
import { BillingKeyError } from '../../../../src';
import { CHANNEL, mobile, PAGE, pc, STORE, VALID } from '../../../support/v2-fixtures';
import {
  prepareV2Request,
  readQueryKeys,
  V2_PG_RULES,
  V2_REFUSED_PGS,
  type V2BillingKeyRequest,
  type V2PgCode,
  type V2PrepareContext,
} from '../../../../src/core';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';

function invalid(request: V2BillingKeyRequest, context: V2PrepareContext = pc): BillingKeyError {
  try {
    prepareV2Request(request, context);
  } catch (error) {
    expect(error).toBeInstanceOf(BillingKeyError);
    expect((error as BillingKeyError).code).toBe('INVALID_PARAMS');
    return error as BillingKeyError;
  }
  throw new Error(`expected INVALID_PARAMS for ${JSON.stringify(request)}`);
}

const loose = (request: Record<string, unknown>) => request as unknown as V2BillingKeyRequest;

describe('prepareV2Request — every PG', () => {
  it.each(Object.keys(VALID) as V2PgCode[])('%s: builds the request with the defaults, on PC and on mobile', (pg) => {
    for (const context of [pc, mobile]) {
      const { params, issueId, rule, andPayParams, attemptId } = prepareV2Request(VALID[pg], context);
      // Issue-and-pay-only PGs: the attempt is the payment (issue-and-pay.test.tsx checks what is sent).
      expect(attemptId).toBe(andPayParams ? andPayParams.paymentId : issueId);
      if (andPayParams) continue;
      expect(rule).toBe(V2_PG_RULES[pg]);
      expect(params).toMatchObject({
        storeId: STORE,
        channelKey: CHANNEL,
        billingKeyMethod: V2_PG_RULES[pg].methods[0],
        issueId,
        issueName: CORE_MESSAGES.en.defaultOrderName,
      });
      expect(params).not.toHaveProperty('pg');
      expect(Object.values(params)).not.toContain(undefined);
      expect(readQueryKeys(params.redirectUrl!, ['plan', 'rbk_issue_id'])).toEqual({ plan: 'pro', rbk_issue_id: issueId });
    }
  });

  it('sends billingKeyMethod EASY_PAY for the easy pays and CARD for the card PGs', () => {
    const methods = Object.fromEntries(
      (Object.keys(VALID) as V2PgCode[]).map((pg) => [pg, prepareV2Request(VALID[pg], pc).params.billingKeyMethod]),
    );
    expect(methods).toEqual({
      tosspayments: 'CARD',
      inicis_v2: 'CARD',
      kcp_v2: 'CARD',
      kpn: 'CARD',
      nice_v2: 'EASY_PAY',
      smartro_v2: 'CARD',
      welcome: 'CARD',
      galaxia: 'CARD',
      kakaopay: 'EASY_PAY',
      naverpay: 'EASY_PAY',
      tosspay_v2: 'EASY_PAY',
      eximbay_v2: 'CARD',
      payletter_global: 'CARD',
    });
  });

  it('maps the props as given and leaves undefined fields out', () => {
    const { params } = prepareV2Request(
      {
        pg: 'galaxia',
        channelKey: CHANNEL,
        billingKeyMethod: 'CARD',
        issueId: 'test-issueId',
        issueName: '빌링키 발급',
        displayAmount: 1000,
        currency: 'KRW',
        customer: { customerId: 'customer-1234', fullName: '포트원', email: undefined, phoneNumber: '010-0000-1234' },
        redirectUrl: 'https://shop.example/return',
        params: { bypass: { galaxia: { ITEM_CODE: 'A1' } }, customData: { plan: 'pro' } },
      },
      pc,
    );
    expect(params).toEqual({
      storeId: STORE,
      channelKey: CHANNEL,
      billingKeyMethod: 'CARD',
      issueId: 'test-issueId',
      issueName: '빌링키 발급',
      displayAmount: 1000,
      currency: 'KRW',
      customer: { customerId: 'customer-1234', fullName: '포트원', phoneNumber: '010-0000-1234' },
      redirectUrl: 'https://shop.example/return?rbk_issue_id=test-issueId',
      bypass: { galaxia: { ITEM_CODE: 'A1' } },
      customData: { plan: 'pro' },
    });
  });

  it('makes a new issueId for every attempt, letters and digits only where the PG needs it', () => {
    const ids = [1, 2, 3].map(() => prepareV2Request(VALID.kcp_v2, pc).issueId);
    expect(new Set(ids).size).toBe(3);
    for (const pg of ['smartro_v2', 'nice_v2'] as const) {
      const { issueId } = prepareV2Request(VALID[pg], pc);
      expect(issueId).toMatch(/^[A-Za-z0-9]{1,40}$/);
    }
  });

  it('defaults currency to KRW with a displayAmount, and refuses a currency without one', () => {
    expect(prepareV2Request({ ...VALID.naverpay, displayAmount: 9900 }, pc).params.currency).toBe('KRW');
    expect(invalid({ ...VALID.kcp_v2, currency: 'USD' }).field).toBe('currency');
    expect(invalid({ ...VALID.naverpay, displayAmount: 100, currency: 'USD' }).field).toBe('currency');
    expect(prepareV2Request({ ...VALID.inicis_v2, displayAmount: 10, currency: 'USD' }, pc).params.currency).toBe('USD');
  });

  it.each([-1, 1.5, Number.NaN, '1000'])('refuses displayAmount %s', (displayAmount) => {
    expect(invalid(loose({ ...VALID.kcp_v2, displayAmount })).field).toBe('displayAmount');
  });
});

describe('prepareV2Request — per-PG requirements before the window opens', () => {
  it.each([
    ['inicis_v2', pc, { customer: { fullName: '포트원', email: 'a@b.co' } }, 'customer.phoneNumber'],
    ['inicis_v2', pc, { customer: { fullName: '포트원', phoneNumber: '01000001234' } }, 'customer.email'],
    ['inicis_v2', pc, { customer: { phoneNumber: '01000001234', email: 'a@b.co' } }, 'customer.fullName'],
    ['inicis_v2', mobile, { customer: { fullName: '포트원' }, params: {} }, 'params.offerPeriod'],
    ['welcome', pc, { customer: { fullName: '포트원', email: 'a@b.co' } }, 'customer.phoneNumber'],
    ['welcome', mobile, { customer: { fullName: '포트원' }, params: {} }, 'params.offerPeriod'],
    ['welcome', mobile, { customer: { lastName: '홍' } }, 'customer.fullName'],
    ['kpn', pc, { customer: { fullName: '포트원' } }, 'customer.customerId'],
    ['kpn', pc, { customer: { customerId: 'c1' } }, 'customer.fullName'],
    ['smartro_v2', pc, { customer: undefined }, 'customer.customerId'],
    ['galaxia', pc, { customer: { fullName: '포트원' } }, 'customer.customerId'],
    ['tosspay_v2', pc, { customer: {} }, 'customer.customerId'],
    ['nice_v2', pc, { params: { easyPay: {} } }, 'params.easyPay.easyPayProvider'],
  ] as const)('%s (%#): without %s … → INVALID_PARAMS naming it', (pg, context, change, field) => {
    const error = invalid({ ...VALID[pg], ...change } as V2BillingKeyRequest, context);
    expect(error.field).toBe(field);
    expect(error.message).toContain('required');
  });

  it('KG Inicis, KPN and Welcome take fullName or firstName + lastName for the name ("fullName 혹은 (firstName + lastName)")', () => {
    const parts = { firstName: '길동', lastName: '홍' };
    expect(() => prepareV2Request({ ...VALID.inicis_v2, customer: { ...parts } }, mobile)).not.toThrow();
    expect(() => prepareV2Request({ ...VALID.kpn, customer: { customerId: 'c1', ...parts } }, pc)).not.toThrow();
    expect(() => prepareV2Request({ ...VALID.welcome, customer: { ...parts } }, mobile)).not.toThrow();
    expect(invalid({ ...VALID.welcome, customer: { firstName: '길동' } }, mobile).field).toBe('customer.fullName');
  });

  it('KG Inicis shows USD on a PC only ("모바일 빌링키 발급의 경우 KRW만 지원")', () => {
    const usd = { ...VALID.inicis_v2, displayAmount: 990, currency: 'USD' as const };
    expect(prepareV2Request(usd, pc).params.currency).toBe('USD');
    expect(invalid(usd, mobile).field).toBe('currency');
  });

  it('device rules: KG Inicis needs phone and e-mail on PC only, offerPeriod on mobile only', () => {
    const mobileOnly = { ...VALID.inicis_v2, customer: { fullName: '포트원' } };
    expect(() => prepareV2Request(mobileOnly, mobile)).not.toThrow();
    const pcOnly = { ...VALID.inicis_v2, params: {} };
    expect(() => prepareV2Request(pcOnly, pc)).not.toThrow();
    // …and tells the developer what the other device would refuse.
    expect(prepareV2Request(pcOnly, pc).missingOnOtherDevice).toEqual(['params.offerPeriod']);
    expect(prepareV2Request(mobileOnly, mobile).missingOnOtherDevice).toEqual(['customer.phoneNumber', 'customer.email']);
  });

  it('Galaxia and Toss Pay need a redirectUrl on mobile: refused where there is no page to default to', () => {
    const server = { ...mobile, currentUrl: undefined };
    expect(invalid(VALID.galaxia, server).field).toBe('redirectUrl');
    expect(invalid(VALID.tosspay_v2, server).field).toBe('redirectUrl');
    expect(prepareV2Request({ ...VALID.galaxia, redirectUrl: 'https://shop.example/r' }, server).params.redirectUrl).toMatch(
      /^https:\/\/shop\.example\/r\?rbk_issue_id=/,
    );
    // On a PC they answer through the promise: no redirectUrl needed.
    expect(prepareV2Request(VALID.galaxia, { ...pc, currentUrl: undefined }).params).not.toHaveProperty('redirectUrl');
  });

  it.each([
    ['smartro_v2', { customer: { customerId: 'member_42' } }, 'customer.customerId'],
    ['smartro_v2', { customer: { customerId: 'a'.repeat(21) } }, 'customer.customerId'],
    ['smartro_v2', { issueId: 'issue_1' }, 'issueId'],
    ['galaxia', { customer: { customerId: 'c'.repeat(21) } }, 'customer.customerId'],
    ['tosspay_v2', { customer: { customerId: 'c'.repeat(51) } }, 'customer.customerId'],
    ['tosspayments', { customer: { customerId: 'a' } }, 'customer.customerId'],
    ['tosspayments', { customer: { customerId: 'a#b' } }, 'customer.customerId'],
    ['nice_v2', { issueId: 'issue-1' }, 'issueId'],
    ['nice_v2', { issueId: 'a'.repeat(41) }, 'issueId'],
    ['inicis_v2', { issueId: '주문1' }, 'issueId'],
    ['inicis_v2', { customer: { fullName: '가'.repeat(11), phoneNumber: '01000001234', email: 'a@b.co' } }, 'customer.fullName'],
    ['nice_v2', { params: { easyPay: { easyPayProvider: 'TOSSPAY' } } }, 'params.easyPay.easyPayProvider'],
    ['tosspayments', { params: { windowType: { pc: 'POPUP' } } }, 'params.windowType.pc'],
    ['kakaopay', { params: { windowType: { mobile: 'IFRAME' } } }, 'params.windowType.mobile'],
    ['naverpay', { params: { windowType: { pc: 'IFRAME' } } }, 'params.windowType.pc'],
    // A locale the page does not list is refused where PortOne returns an error (KG Inicis on PC); Toss Payments,
    // Kakao Pay and Naver Pay ignore one instead (test/unit/core/rules/pg-facts-2026-12.test.tsx).
    ['inicis_v2', { params: { locale: 'JA_JP' } }, 'params.locale'],
    ['kcp_v2', { params: { offerPeriod: { range: { from: '2025-01-01T00:00:00+09:00' } } } }, 'params.offerPeriod'],
    ['kpn', { params: { offerPeriod: { interval: '1m' } } }, 'params.offerPeriod'],
    ['welcome', { params: { offerPeriod: { interval: '30d' } } }, 'params.offerPeriod.interval'],
    ['kpn', { params: { offerPeriod: { range: { from: '2025-12-31', to: '2025-01-01' } } } }, 'params.offerPeriod.range'],
    ['kpn', { params: { offerPeriod: { range: { from: 'soon' } } } }, 'params.offerPeriod.range.from'],
    ['kpn', { params: { offerPeriod: { range: {} } } }, 'params.offerPeriod.range'],
    // "range 방식으로 입력할 경우 from과 to 모두를 입력" (KG Inicis, Welcome; Smartro shows a period only with both)
    ['inicis_v2', { params: { offerPeriod: { range: { from: '2025-01-01T00:00:00+09:00' } } } }, 'params.offerPeriod.range'],
    ['inicis_v2', { params: { offerPeriod: { range: { to: '2025-12-31T23:59:59+09:00' } } } }, 'params.offerPeriod.range'],
    ['welcome', { params: { offerPeriod: { range: { from: '2025-01-01T00:00:00+09:00' } } } }, 'params.offerPeriod.range'],
    ['smartro_v2', { params: { offerPeriod: { range: { to: '2025-12-31T23:59:59+09:00' } } } }, 'params.offerPeriod.range'],
    ['smartro_v2', { params: { offerPeriod: { interval: '1m' } } }, 'params.offerPeriod'],
  ] as const)('%s refuses %j (%s)', (pg, change, field) => {
    const request = { ...VALID[pg], ...change } as V2BillingKeyRequest;
    expect(invalid(request).field).toBe(field);
  });

  it('accepts what those PGs take', () => {
    expect(() => prepareV2Request({ ...VALID.kcp_v2, params: { offerPeriod: { interval: '3m' } } }, pc)).not.toThrow();
    const range = { from: '2025-01-01T00:00:00+09:00', to: '2025-12-31T23:59:59+09:00' };
    expect(() => prepareV2Request({ ...VALID.kpn, params: { offerPeriod: { range } } }, pc)).not.toThrow();
    expect(() => prepareV2Request({ ...VALID.kpn, params: { offerPeriod: { range: { from: range.from } } } }, pc)).not.toThrow();
    for (const pg of ['inicis_v2', 'welcome', 'smartro_v2'] as const)
      expect(() => prepareV2Request({ ...VALID[pg], params: { offerPeriod: { range } } }, mobile)).not.toThrow();
    expect(() =>
      prepareV2Request({ ...VALID.kakaopay, params: { windowType: { pc: 'IFRAME', mobile: 'REDIRECTION' } } }, pc),
    ).not.toThrow();
    expect(() =>
      prepareV2Request(
        { ...VALID.nice_v2, params: { easyPay: { easyPayProvider: 'NAVERPAY', availablePayMethods: ['CHARGE'] } } },
        pc,
      ),
    ).not.toThrow();
    expect(
      prepareV2Request({ ...VALID.inicis_v2, params: { locale: 'EN_US', offerPeriod: { interval: '1y' } } }, pc).params.locale,
    ).toBe('EN_US');
  });
});

describe('prepareV2Request — refused PGs and methods, with a hint', () => {
  it.each(Object.entries(V2_REFUSED_PGS))('%s → INVALID_PARAMS on pg, with the reason for the developer', (pg, reason) => {
    const error = invalid(loose({ pg, channelKey: CHANNEL }));
    expect(error.field).toBe('pg');
    expect(error.message.split('\n')[0]).toBe(CORE_MESSAGES.en.errors.INVALID_PARAMS);
    expect(error.message).toContain(reason);
  });

  it('names the alternatives: AndPay for Eximbay, loadIssueBillingKeyUI for PayPal, inicis_v2 for html5_inicis', () => {
    expect(invalid(loose({ pg: 'eximbay_v2', channelKey: CHANNEL })).message).toContain('requestIssueBillingKeyAndPay');
    expect(invalid(loose({ pg: 'eximbay_v2', channelKey: CHANNEL })).field).toBe('payment');
    expect(invalid(loose({ pg: 'paypal_v2', channelKey: CHANNEL })).message).toContain('loadIssueBillingKeyUI');
    expect(invalid(loose({ pg: 'html5_inicis', channelKey: CHANNEL })).message).toContain("'inicis_v2'");
    expect(invalid(loose({ pg: 'ksnet', channelKey: CHANNEL })).message).toContain('REST API');
  });

  it.each(['inicis_v2', 'welcome', 'galaxia'] as const)(
    '%s phone billing (MOBILE) without payment → INVALID_PARAMS on payment, naming requestIssueBillingKeyAndPay',
    (pg) => {
      const error = invalid({ ...VALID[pg], billingKeyMethod: 'MOBILE' });
      expect(error.field).toBe('payment');
      expect(error.message).toContain('requestIssueBillingKeyAndPay');
    },
  );

  it.each([
    ['tosspayments', 'EASY_PAY'],
    ['kakaopay', 'CARD'],
    ['kcp_v2', 'MOBILE'],
    ['tosspayments', 'PAYPAL'],
    ['kcp_v2', 'TRANSFER'],
  ] as const)('%s refuses billingKeyMethod %s, listing what it takes', (pg, billingKeyMethod) => {
    const error = invalid(loose({ ...VALID[pg], billingKeyMethod }));
    expect(error.field).toBe('billingKeyMethod');
    expect(error.message).toContain(`allowed: ${V2_PG_RULES[pg].methods.join(', ')}`);
  });

  it('in production a refused PG fails like an unknown one: INVALID_PARAMS on pg, the buyer sentence only', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const error = invalid(loose({ pg: 'paypal_v2', channelKey: CHANNEL }));
      expect(error.field).toBe('pg');
      expect(error.message).toBe(CORE_MESSAGES.en.errors.INVALID_PARAMS);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([undefined, '', 'no_such_pg', 'toString', 42])('pg %j → INVALID_PARAMS on pg', (pg) => {
    expect(invalid(loose({ pg, channelKey: CHANNEL })).field).toBe('pg');
  });
});

describe('prepareV2Request — fields every request needs', () => {
  it.each([undefined, '', 'store_123', 42])('storeId %j → INVALID_PARAMS on storeId', (storeId) => {
    expect(invalid(VALID.kcp_v2, { ...pc, storeId }).field).toBe('storeId');
  });

  it.each([undefined, '', 'channel_1', `channel-key-${'a'.repeat(50)}`, 7])('channelKey %j → INVALID_PARAMS', (channelKey) => {
    expect(invalid(loose({ pg: 'kcp_v2', channelKey })).field).toBe('channelKey');
  });

  it.each([null, 'x', ['a']])('a request that is not an object (%j) → INVALID_PARAMS', (request) => {
    expect(invalid(loose(request as unknown as Record<string, unknown>)).field).toBe('request');
  });

  it.each([
    'storeId',
    'channelKey',
    'billingKeyMethod',
    'issueId',
    'issueName',
    'displayAmount',
    'currency',
    'customer',
    'redirectUrl',
  ])('params.%s is built by the library → INVALID_PARAMS', (key) => {
    const error = invalid(loose({ ...VALID.kcp_v2, params: { [key]: 'x' } }));
    expect(error.field).toBe(`params.${key}`);
  });

  it.each([
    ['channelGroupId', 'channelKey'],
    ['paymentId', 'requestIssueBillingKeyAndPay'],
    ['billingKeyAndPayMethod', 'requestIssueBillingKeyAndPay'],
    ['uiType', 'loadIssueBillingKeyUI'],
  ])('params.%s belongs to another call → INVALID_PARAMS naming %s', (key, hint) => {
    const error = invalid(loose({ ...VALID.kcp_v2, params: { [key]: 'x' } }));
    expect(error.field).toBe(`params.${key}`);
    expect(error.message).toContain(hint);
  });

  it('passes unknown params through and lists them for the development warning', () => {
    const prepared = prepareV2Request(
      loose({ ...VALID.kcp_v2, params: { futureField: 1, noticeUrls: ['https://x.example/hook'] } }),
      pc,
    );
    expect(prepared.params).toMatchObject({ futureField: 1, noticeUrls: ['https://x.example/hook'] });
    expect(prepared.unknownParams).toEqual(['futureField']);
  });

  it('in production the same request is built, without what only the development warnings read', () => {
    const request = loose({ ...VALID.inicis_v2, params: { futureField: 1 } });
    const development = prepareV2Request(request, pc);
    expect(development.unknownParams).toEqual(['futureField']);
    expect(development.missingOnOtherDevice).toEqual(['params.offerPeriod']);
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const production = prepareV2Request(request, { ...pc, createIssueId: () => development.issueId });
      expect(production.params).toEqual(development.params);
      expect(production.unknownParams).toEqual([]);
      expect(production.missingOnOtherDevice).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses an issueId that completed on this page, blank or with whitespace', () => {
    const context = { ...pc, isCompletedIssueId: (id: string) => id === 'issue-1' };
    expect(invalid({ ...VALID.kcp_v2, issueId: 'issue-1' }, context).field).toBe('issueId');
    expect(invalid({ ...VALID.kcp_v2, issueId: ' ' }).field).toBe('issueId');
    expect(invalid({ ...VALID.kcp_v2, issueId: 'issue 1' }).field).toBe('issueId');
    expect(invalid({ ...VALID.kcp_v2, issueName: '  ' }).field).toBe('issueName');
  });

  it('words what the buyer can fix for them: e-mail, phone, name', () => {
    const email = invalid({ ...VALID.kcp_v2, customer: { email: 'gildong@' } });
    expect(email.field).toBe('customer.email');
    expect(email.message.split('\n')[0]).toBe(CORE_MESSAGES.en.invalidFields['buyer.email']);
    expect(invalid({ ...VALID.kcp_v2, customer: { phoneNumber: '12' } }).message.split('\n')[0]).toBe(
      CORE_MESSAGES.en.invalidFields['buyer.tel'],
    );
    const name = invalid({ ...VALID.inicis_v2, customer: { phoneNumber: '01000001234', email: 'a@b.co' } });
    expect(name.message.split('\n')[0]).toBe(CORE_MESSAGES.en.invalidFields['buyer.name']);
    // The developer's detail follows on the next line, in development.
    expect(name.message.split('\n')[1]).toContain('customer.fullName is required by this PG');
  });

  it.each([
    [{ customer: 'x' }, 'customer'],
    [{ customer: { fullName: 42 } }, 'customer.fullName'],
    [{ customer: { gender: 'M' } }, 'customer.gender'],
    [{ customer: { address: { addressLine1: 'x' } } }, 'customer.address'],
    [{ customer: { customerId: 'a b' } }, 'customer.customerId'],
    [{ params: 'x' }, 'params'],
    [{ params: { offerPeriod: { interval: '1m', range: { from: '2025-01-01' } } } }, 'params.offerPeriod'],
    [{ params: { offerPeriod: { interval: 'monthly' } } }, 'params.offerPeriod.interval'],
    [{ params: { windowType: { pc: 'MODAL' } } }, 'params.windowType.pc'],
    [{ redirectUrl: '/relative' }, 'redirectUrl'],
    [{ redirectUrl: 'javascript:alert(1)' }, 'redirectUrl'],
  ])('refuses %j', (change, field) => {
    expect(invalid(loose({ ...VALID.kcp_v2, ...change })).field).toBe(field);
  });
});

describe('prepareV2Request — redirectUrl', () => {
  it('defaults to the current page without a plain anchor, keeping the merchant’s keys and a hash route', () => {
    const at = (currentUrl: string) =>
      prepareV2Request({ ...VALID.kcp_v2, issueId: 'i1' }, { ...pc, currentUrl }).params.redirectUrl;
    expect(at(PAGE)).toBe('https://shop.example/billing?plan=pro&rbk_issue_id=i1');
    expect(at('https://shop.example/app/#/settings/billing')).toBe('https://shop.example/app/?rbk_issue_id=i1#/settings/billing');
    // PortOne's answer would share the page's own `code` (a promo code): it is left out of the address to return to.
    expect(at('https://shop.example/billing?code=SPRING&plan=pro')).toBe('https://shop.example/billing?plan=pro&rbk_issue_id=i1');
  });

  it('on a return page that was not cleaned yet, drops the last answer before adding the new id', () => {
    const url = prepareV2Request(
      { ...VALID.kcp_v2, issueId: 'i2' },
      { ...pc, currentUrl: 'https://shop.example/b?plan=pro&rbk_issue_id=i1&billingKey=bk&code=X&message=m' },
    ).params.redirectUrl;
    expect(url).toBe('https://shop.example/b?plan=pro&rbk_issue_id=i2');
  });

  it.each(['https://shop.example/r?code=SPRING', 'https://shop.example/#/r?message=hi', 'https://shop.example/r?billingKey=x'])(
    'refuses a redirectUrl that already carries one of PortOne’s answer keys (%s)',
    (redirectUrl) => {
      const error = invalid({ ...VALID.kcp_v2, redirectUrl });
      expect(error.field).toBe('redirectUrl');
      expect(error.message).toContain('ambiguous');
    },
  );

  it('adds rbk_issue_id to the merchant’s own redirectUrl, replacing one that is there', () => {
    const url = prepareV2Request(
      { ...VALID.kcp_v2, issueId: 'i 3'.replace(' ', '_'), redirectUrl: 'https://shop.example/r?x=1&rbk_issue_id=old#/done' },
      pc,
    ).params.redirectUrl;
    expect(url).toBe('https://shop.example/r?x=1&rbk_issue_id=i_3#/done');
  });
});
