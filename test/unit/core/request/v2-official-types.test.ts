// What the library sends to PortOne v2 checks against the official types of @portone/browser-sdk (a dev dependency,
// imported here for its types only): `npm run typecheck` fails when a built request stops being an
// `IssueBillingKeyRequest`, and the runtime half fails when the SDK's field list and the library's drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type PortOne from '@portone/browser-sdk/v2';
import type {
  IssueBillingKeyAndPayRequest,
  IssueBillingKeyAndPayResponse,
  IssueBillingKeyError,
  IssueBillingKeyRequest,
  IssueBillingKeyResponse as OfficialResponse,
} from '@portone/browser-sdk/v2';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  isPortOneError,
  prepareV2Request,
  V2_EXTRA_PARAM_KEYS,
  V2_RESERVED_PARAM_KEYS,
  type DocumentedBillingKeyMethod,
  type IssueBillingKeyParams,
  type IssueBillingKeyResponse,
  type OfficialBillingKeyMethod,
  type V2PgCode,
} from '../../../../src/core';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';
import type { IssueBillingKeyAndPayParams } from '../../../../src/core/vocabulary/v2-wire';
import { VALID } from '../../../support/v2-fixtures';

const context = {
  messages: CORE_MESSAGES.ko,
  storeId: 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec',
  currentUrl: 'https://shop.example/billing',
  isMobile: false,
};

/**
 * The library's request with a `billingKeyMethod` the official types know. The one documented widening is
 * `DocumentedBillingKeyMethod` (`TRANSFER`, missing from @portone/browser-sdk 0.1.11); everything else must match.
 */
type WithOfficialMethod<T> = Omit<T, 'billingKeyMethod'> & { billingKeyMethod: OfficialBillingKeyMethod };
const OFFICIAL_METHODS: readonly string[] = ['CARD', 'MOBILE', 'EASY_PAY', 'PAYPAL'] satisfies OfficialBillingKeyMethod[];
function asOfficial(params: IssueBillingKeyParams): WithOfficialMethod<IssueBillingKeyParams> {
  expect(OFFICIAL_METHODS).toContain(params.billingKeyMethod);
  return params as WithOfficialMethod<IssueBillingKeyParams>;
}

/** The property names declared in one of the SDK's .d.ts files. */
function declaredFields(file: string): string[] {
  const source = readFileSync(path.resolve(__dirname, '../../../../node_modules/@portone/browser-sdk/dist/v2', file), 'utf8');
  return [...source.matchAll(/^ {4}(\w+)\??:/gm)].map((match) => match[1]!);
}

describe('the request the library builds, against @portone/browser-sdk/v2', () => {
  it('IssueBillingKeyParams is assignable to the official IssueBillingKeyRequest, but for the documented methods', () => {
    expectTypeOf<WithOfficialMethod<IssueBillingKeyParams>>().toExtend<IssueBillingKeyRequest>();
    // The check bites: a phone method or a payment field is not a billing-key request.
    expectTypeOf<
      WithOfficialMethod<IssueBillingKeyParams> & { billingKeyMethod: 'PHONE' }
    >().not.toExtend<IssueBillingKeyRequest>();
    expectTypeOf<{ storeId: string; currency: 'KRW!' }>().not.toExtend<IssueBillingKeyRequest>();
  });

  it.each(Object.keys(VALID) as V2PgCode[])('%s: the built request satisfies IssueBillingKeyRequest', (pg) => {
    const built = asOfficial(prepareV2Request(VALID[pg], context).params) satisfies IssueBillingKeyRequest;
    // The official type makes them optional; the docs' schema requires billingKeyMethod, and the PG pages issueId.
    expect(built).toMatchObject({ storeId: context.storeId, billingKeyMethod: expect.any(String), issueId: expect.any(String) });
  });

  it('a fully loaded request (every extra field) satisfies it too', () => {
    const built = asOfficial(
      prepareV2Request(
        {
          pg: 'inicis_v2',
          channelKey: 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d',
          billingKeyMethod: 'CARD',
          issueId: 'test-issueId',
          issueName: 'test-issueName',
          displayAmount: 0,
          currency: 'KRW',
          customer: {
            customerId: 'c1',
            fullName: '포트원',
            phoneNumber: '010-0000-1234',
            email: 'test@portone.io',
            address: { addressLine1: '서울', addressLine2: '1층' },
            gender: 'FEMALE',
            birthYear: '1990',
          },
          redirectUrl: 'https://shop.example/return',
          params: {
            windowType: { pc: 'IFRAME', mobile: 'REDIRECTION' },
            forceRedirect: false,
            locale: 'KO_KR',
            customData: { plan: 'pro' },
            offerPeriod: { range: { from: '2025-01-01T00:00:00+09:00', to: '2025-12-31T23:59:59+09:00' } },
            appScheme: 'shop://',
            noticeUrls: ['https://shop.example/hook'],
            productType: 'DIGITAL',
            bypass: { inicis_v2: { carduse: 'percard' } },
            popup: { center: true },
            iframe: { dim: false },
            card: { cardCompany: 'SHINHAN_CARD' },
          },
        },
        context,
      ).params,
    ) satisfies IssueBillingKeyRequest;
    const official = new Set([
      ...declaredFields('request/IssueBillingKeyRequestBase.d.ts'),
      ...declaredFields('request/IssueBillingKeyRequestUnion.d.ts'),
    ]);
    for (const key of Object.keys(built)) expect(official).toContain(key);
  });

  it('the library knows exactly the SDK’s fields: its own props plus the params it passes through', () => {
    const official = [
      ...declaredFields('request/IssueBillingKeyRequestBase.d.ts'),
      ...declaredFields('request/IssueBillingKeyRequestUnion.d.ts'),
    ].sort();
    expect(official.length).toBeGreaterThan(15);
    expect([...V2_RESERVED_PARAM_KEYS, ...V2_EXTRA_PARAM_KEYS].sort()).toEqual(official);
  });
});

describe('billingKeyMethods the docs have and the official types lack', () => {
  type OfficialMethod = NonNullable<IssueBillingKeyRequest['billingKeyMethod']>;

  // Fails once @portone/browser-sdk declares TRANSFER: then drop DocumentedBillingKeyMethod and this widening.
  it('TRANSFER (Toss Payments, 2026-06-23) is still missing from @portone/browser-sdk: the widening is needed', () => {
    expectTypeOf<DocumentedBillingKeyMethod>().not.toExtend<OfficialMethod>();
    expectTypeOf<OfficialBillingKeyMethod>().toEqualTypeOf<OfficialMethod>();
    const declared = readFileSync(
      path.resolve(__dirname, '../../../../node_modules/@portone/browser-sdk/dist/v2/entity/BillingKeyMethod.d.ts'),
      'utf8',
    );
    for (const method of OFFICIAL_METHODS) expect(declared).toContain(`"${method}"`);
    expect(declared).not.toContain('TRANSFER');
  });

  it('the library sends TRANSFER for Toss Payments all the same', () => {
    const built = prepareV2Request(
      { pg: 'tosspayments', channelKey: 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d', billingKeyMethod: 'TRANSFER' },
      context,
    ).params;
    expect(built.billingKeyMethod).toBe('TRANSFER');
    // Apart from the method, the request is an official one.
    expectTypeOf<Omit<typeof built, 'billingKeyMethod'>>().toExtend<Omit<IssueBillingKeyRequest, 'billingKeyMethod'>>();
  });
});

describe('issue-and-pay against @portone/browser-sdk/v2', () => {
  it('a phone request (billingKeyAndPayMethod MOBILE) is an IssueBillingKeyAndPayRequest; the answer is read as a response', () => {
    expectTypeOf<IssueBillingKeyAndPayParams & { billingKeyAndPayMethod: 'MOBILE' }>().toExtend<IssueBillingKeyAndPayRequest>();
    // The official type requires the method; the Eximbay and Payletter pages send none, and the library follows them.
    expectTypeOf<IssueBillingKeyAndPayParams>().not.toExtend<IssueBillingKeyAndPayRequest>();
    expectTypeOf<IssueBillingKeyAndPayResponse>().toExtend<IssueBillingKeyResponse>();
  });

  it.each(['inicis_v2', 'welcome', 'galaxia'] as const)('%s MOBILE: the built request satisfies it', (pg) => {
    const request = {
      ...VALID[pg],
      billingKeyMethod: 'MOBILE' as const,
      payment: { orderName: 'Plan', totalAmount: 1000 },
      params: { ...VALID[pg].params, productType: 'DIGITAL' as const },
    };
    const built = prepareV2Request(request, { ...context, isMobile: false }).andPayParams!;
    expect(built.billingKeyAndPayMethod).toBe('MOBILE');
    built as typeof built & { billingKeyAndPayMethod: 'MOBILE' } satisfies IssueBillingKeyAndPayRequest;
  });
});

describe('what PortOne answers, against the library’s types', () => {
  it('the official response and SDK object are what the library reads and calls', () => {
    expectTypeOf<OfficialResponse>().toExtend<IssueBillingKeyResponse>();
    // The SDK takes every request the library builds with an official method (TRANSFER: see above).
    expectTypeOf<typeof PortOne>().toExtend<{
      requestIssueBillingKey(request: WithOfficialMethod<IssueBillingKeyParams>): Promise<IssueBillingKeyResponse | undefined>;
    }>();
  });

  it('an IssueBillingKeyError is recognised as a PortOne error by its shape, without the package at run time', () => {
    expectTypeOf<IssueBillingKeyError>().toExtend<{ __portOneErrorType: string; code: string; message: string }>();
    const error = Object.assign(new Error('채널을 찾을 수 없습니다'), {
      __portOneErrorType: 'IssueBillingKeyError',
      transactionType: 'ISSUE_BILLING_KEY',
      code: 'ChannelNotFound',
    });
    expect(isPortOneError(error)).toBe(true);
    expect(isPortOneError(new Error('x'))).toBe(false);
    expect(isPortOneError({ __portOneErrorType: 1 })).toBe(false);
  });
});
