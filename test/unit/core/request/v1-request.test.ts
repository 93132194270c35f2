import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { BillingKeyError, PG_RULES, type BillingKeyRequest, type RequestPayParams } from '../../../../src';
import { prepareRequest, RESERVED_PARAM_KEYS } from '../../../../src/core';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';

const context = { messages: CORE_MESSAGES.en, currentUrl: 'https://shop.example/billing?plan=pro&imp_uid=x#top' };
const base: BillingKeyRequest = { pg: 'jtnet', customerUid: 'member_1_card_1' };

function invalid(request: Partial<BillingKeyRequest> & Record<string, unknown>): BillingKeyError {
  try {
    prepareRequest({ ...base, ...request } as BillingKeyRequest, context);
  } catch (error) {
    expect(error).toBeInstanceOf(BillingKeyError);
    expect((error as BillingKeyError).code).toBe('INVALID_PARAMS');
    return error as BillingKeyError;
  }
  throw new Error('expected INVALID_PARAMS');
}

describe('prepareRequest', () => {
  it('words a refusal for the buyer, with the developer\'s detail ("is required" when a check names none) in development only', () => {
    expect(invalid({ pg: undefined }).message).toBe(
      `${CORE_MESSAGES.en.errors.INVALID_PARAMS}\n[react-billing-key] pg is required`,
    );
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(invalid({ pg: undefined })).toMatchObject({ field: 'pg', message: CORE_MESSAGES.en.errors.INVALID_PARAMS });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('maps camelCase props to the SDK fields and leaves undefined fields out', () => {
    const { params } = prepareRequest(
      {
        ...base,
        amount: 1004,
        name: '최초인증결제',
        merchantUid: 'order_1',
        buyer: { name: '홍길동', email: undefined, tel: '010-1234-5678' },
      },
      context,
    );
    expect(params).toEqual({
      pg: 'jtnet',
      pay_method: 'card',
      merchant_uid: 'order_1',
      customer_uid: 'member_1_card_1',
      name: '최초인증결제',
      amount: 1004,
      buyer_name: '홍길동',
      buyer_tel: '010-1234-5678',
      m_redirect_url: 'https://shop.example/billing?plan=pro',
    });
    expect(Object.values(params)).not.toContain(undefined);
  });

  it('defaults amount to 0, the order name from the locale and a fresh merchant_uid per attempt', () => {
    const first = prepareRequest(base, context).params;
    const second = prepareRequest(base, context).params;
    expect(first.amount).toBe(0);
    expect(first.name).toBe(CORE_MESSAGES.en.defaultOrderName);
    expect(first.merchant_uid).not.toBe(second.merchant_uid);
    expect(first.merchant_uid.length).toBeLessThanOrEqual(40);
  });

  it('selects the rules by the part before the dot and sends pg as given', () => {
    const prepared = prepareRequest({ pg: 'html5_inicis.INIBillTst', customerUid: 'c1' }, context);
    expect(prepared.rule).toBe(PG_RULES.html5_inicis);
    expect(prepared.params.pg).toBe('html5_inicis.INIBillTst');
    // Seed 002 says callback on mobile; PortOne's current page sends m_redirect_url (pg-facts.md ⚠️): treated as "may redirect".
    expect(prepared.params.m_redirect_url).toBe('https://shop.example/billing?plan=pro');
  });

  it('sends channelKey instead of pg when given', () => {
    const { params } = prepareRequest({ ...base, channelKey: 'channel-key-123' }, context);
    expect(params.channelKey).toBe('channel-key-123');
    expect(params).not.toHaveProperty('pg');
  });

  it('merges params as is, after the built fields', () => {
    const { params } = prepareRequest(
      { ...base, params: { period: { from: '20260101', to: '20261231' }, custom_data: { a: 1 }, skip: undefined } },
      context,
    );
    expect(params.period).toEqual({ from: '20260101', to: '20261231' });
    expect(params.custom_data).toEqual({ a: 1 });
    expect(params).not.toHaveProperty('skip');
  });

  it.each([
    [{ pg: 'toss' }, 'pg'],
    [{ pg: '' }, 'pg'],
    [{ customerUid: '' }, 'customerUid'],
    [{ customerUid: '   ' }, 'customerUid'],
    [{ customerUid: 'member 1' }, 'customerUid'],
    [{ customerUid: undefined }, 'customerUid'],
    [{ amount: '1000' }, 'amount'],
    [{ amount: Number.NaN }, 'amount'],
    [{ amount: 1.5 }, 'amount'],
    [{ amount: -1 }, 'amount'],
    [{ amount: Number.POSITIVE_INFINITY }, 'amount'],
    [{ payMethod: 'phone' }, 'payMethod'],
    [{ merchantUid: 'x'.repeat(41) }, 'merchantUid'],
    [{ name: 'x'.repeat(41) }, 'name'],
    [{ params: { pg: 'kcp' } }, 'params.pg'],
    [{ params: { pay_method: 'card' } }, 'params.pay_method'],
    [{ params: { merchant_uid: 'm' } }, 'params.merchant_uid'],
    [{ params: { customer_uid: 'c' } }, 'params.customer_uid'],
    [{ params: { amount: 1 } }, 'params.amount'],
    [{ params: { card: {} } }, 'params.card'],
    [{ cards: [] }, 'cards'],
    [{ cards: ['999'] }, 'cards'],
  ])('rejects %j naming %s', (request, field) => {
    const error = invalid(request as Record<string, unknown>);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it.each(RESERVED_PARAM_KEYS.map((key) => [key]))(
    'params.%s, a field the library builds from a checked prop, is refused (params cannot bypass the checks)',
    (key) => {
      const error = invalid({ params: { [key]: 'x' } });
      expect(error.field).toBe(`params.${key}`);
    },
  );

  it('reserves every named field of RequestPayParams', () => {
    type NamedKey = keyof { [K in keyof RequestPayParams as string extends K ? never : K]: true };
    expectTypeOf<(typeof RESERVED_PARAM_KEYS)[number]>().toEqualTypeOf<NamedKey>();
  });

  it.each([
    ['an over-long name', { name: 'x'.repeat(100) }],
    ['a buyer e-mail that is not one', { buyer_email: '1234' }],
    ['a script as the redirect URL', { m_redirect_url: 'javascript:alert(1)' }],
    ['a channel key beside pg (both would be sent)', { channelKey: 'channel-key-1' }],
  ])('%s in params never reaches request_pay', (_label, params) => {
    invalid({ params });
  });

  it('words validation errors for the buyer in the locale; development builds add the field and value on the next line', () => {
    expect(() => prepareRequest({ ...base, amount: -1 }, { messages: CORE_MESSAGES.ko })).toThrow(
      `${CORE_MESSAGES.ko.errors.INVALID_PARAMS}\n[react-billing-key] amount must be a whole number ≥ 0, in KRW unless params.currency names another (got -1)`,
    );
    expect(() => prepareRequest({ ...base, amount: '1000' as never }, { messages: CORE_MESSAGES.en })).toThrow(
      `${CORE_MESSAGES.en.errors.INVALID_PARAMS}\n[react-billing-key] amount must be a whole number ≥ 0, in KRW unless params.currency names another (got "1000")`,
    );
  });
});
