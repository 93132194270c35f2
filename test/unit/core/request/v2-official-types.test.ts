// What the library sends to PortOne v2 checks against the official types of @portone/browser-sdk (a dev dependency,
// imported here for its types only): `npm run typecheck` fails when a built request stops being an
// `IssueBillingKeyRequest`, and the runtime half fails when the SDK's field list and the library's drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type PortOne from '@portone/browser-sdk/v2';
import type {
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
  type IssueBillingKeyParams,
  type IssueBillingKeyResponse,
  type PortOneSdk,
  type V2PgCode,
} from '../../../../src/core';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';
import { VALID } from '../../../support/v2-fixtures';

const context = {
  messages: CORE_MESSAGES.ko,
  storeId: 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec',
  currentUrl: 'https://shop.example/billing',
  isMobile: false,
};

/** The property names declared in one of the SDK's .d.ts files. */
function declaredFields(file: string): string[] {
  const source = readFileSync(path.resolve(__dirname, '../../../../node_modules/@portone/browser-sdk/dist/v2', file), 'utf8');
  return [...source.matchAll(/^ {4}(\w+)\??:/gm)].map((match) => match[1]!);
}

describe('the request the library builds, against @portone/browser-sdk/v2', () => {
  it('IssueBillingKeyParams is assignable to the official IssueBillingKeyRequest', () => {
    expectTypeOf<IssueBillingKeyParams>().toExtend<IssueBillingKeyRequest>();
    // The check bites: a phone method or a payment field is not a billing-key request.
    expectTypeOf<IssueBillingKeyParams & { billingKeyMethod: 'PHONE' }>().not.toExtend<IssueBillingKeyRequest>();
    expectTypeOf<{ storeId: string; currency: 'KRW!' }>().not.toExtend<IssueBillingKeyRequest>();
  });

  it.each(Object.keys(VALID) as V2PgCode[])('%s: the built request satisfies IssueBillingKeyRequest', (pg) => {
    const built = prepareV2Request(VALID[pg], context).params satisfies IssueBillingKeyRequest;
    // The official type makes them optional; the docs' schema requires billingKeyMethod, and the PG pages issueId.
    expect(built).toMatchObject({ storeId: context.storeId, billingKeyMethod: expect.any(String), issueId: expect.any(String) });
  });

  it('a fully loaded request (every extra field) satisfies it too', () => {
    const built = prepareV2Request(
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
    ).params satisfies IssueBillingKeyRequest;
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

describe('what PortOne answers, against the library’s types', () => {
  it('the official response and SDK object are what the library reads and calls', () => {
    expectTypeOf<OfficialResponse>().toExtend<IssueBillingKeyResponse>();
    expectTypeOf<typeof PortOne>().toExtend<PortOneSdk>();
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
