import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BillingKeyRequest } from '../../src';
import { resetDevWarnings } from '../../src/core/dev-warnings';
import { clickButton, manualBuyer } from './render';

// The page the button sits on: a query of its own plus redirect keys left over from an earlier attempt.
const PAGE = '/billing/card?plan=pro&imp_uid=imp_old&merchant_uid=order_old&imp_success=false&error_msg=x#form';
const originalUrl = window.location.href;
const pageUrlWithoutRedirectKeys = () => new URL('/billing/card?plan=pro', window.location.origin).href;

beforeEach(() => {
  window.history.replaceState(null, '', PAGE);
  resetDevWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  window.history.replaceState(null, '', originalUrl);
});

interface Example {
  /** The request the merchant passes to <BillingKeyButton>. */
  request: BillingKeyRequest;
  /** The manual's request_pay object, without merchant_uid (generated) and m_redirect_url (checked separately). */
  sent: Record<string, unknown>;
  /** 'default' = the current page without the redirect keys; a string = the merchant's own; undefined = not sent. */
  redirect?: 'default' | string;
}

const CUSTOMER = 'your-customer-unique-id';
const firstAuth = { name: '최초인증결제', customerUid: CUSTOMER, buyer: manualBuyer };
const sentBuyer = { buyer_email: 'iamport@siot.do', buyer_name: '아임포트', buyer_tel: '02-1234-1234' };
const firstAuthSent = { name: '최초인증결제', customer_uid: CUSTOMER, ...sentBuyer };

// One row per example of the public manual's billing-key guides (비인증결제/example/*-request-billing-key) and pg-facts.
const examples: Record<string, Example> = {
  'jtnet, key only (manual 2.1; redirects on mobile)': {
    request: { pg: 'jtnet', amount: 0, ...firstAuth },
    sent: { pg: 'jtnet', pay_method: 'card', amount: 0, ...firstAuthSent },
    redirect: 'default',
  },
  'jtnet with the seed test MID, key + first payment (manual 2.2)': {
    request: { pg: 'jtnet.tpaytest2m', amount: 1004, ...firstAuth },
    sent: { pg: 'jtnet.tpaytest2m', pay_method: 'card', amount: 1004, ...firstAuthSent },
    redirect: 'default',
  },
  'html5_inicis with MID INIBillTst (callback on PC and mobile: no m_redirect_url)': {
    request: { pg: 'html5_inicis.INIBillTst', amount: 0, ...firstAuth },
    sent: { pg: 'html5_inicis.INIBillTst', pay_method: 'card', amount: 0, ...firstAuthSent },
  },
  'html5_inicis, mobile card-number-only window (bypass.inicis.authtype)': {
    request: { pg: 'html5_inicis', amount: 9900, ...firstAuth, params: { bypass: { inicis: { authtype: '01' } } } },
    sent: { pg: 'html5_inicis', pay_method: 'card', amount: 9900, ...firstAuthSent, bypass: { inicis: { authtype: '01' } } },
  },
  'danal_tpay, key only with the 10 KRW test (manual 2.1)': {
    request: { pg: 'danal_tpay', amount: 0, ...firstAuth },
    sent: { pg: 'danal_tpay', pay_method: 'card', amount: 0, ...firstAuthSent },
  },
  'danal_tpay, key + 1004 KRW with a service period': {
    request: { pg: 'danal_tpay', amount: 1004, ...firstAuth, params: { period: { from: '20260101', to: '20261231' } } },
    sent: { pg: 'danal_tpay', pay_method: 'card', amount: 1004, ...firstAuthSent, period: { from: '20260101', to: '20261231' } },
  },
  'kcp_billing, key only (redirects on mobile)': {
    request: { pg: 'kcp_billing', amount: 0, ...firstAuth },
    sent: { pg: 'kcp_billing', pay_method: 'card', amount: 0, ...firstAuthSent },
    redirect: 'default',
  },
  'kcp_billing with the merchant logo and its own redirect page': {
    request: {
      pg: 'kcp_billing',
      amount: 0,
      ...firstAuth,
      redirectUrl: 'https://www.my-service.com/payments/complete/mobile',
      params: { bypass: { site_logo: 'https://www.my-service.com/logo.gif' } },
    },
    sent: {
      pg: 'kcp_billing',
      pay_method: 'card',
      amount: 0,
      ...firstAuthSent,
      bypass: { site_logo: 'https://www.my-service.com/logo.gif' },
    },
    redirect: 'https://www.my-service.com/payments/complete/mobile',
  },
  'kicc with a billing MID, amount shown (manual)': {
    request: { pg: 'kicc.T5102001', amount: 1000, ...firstAuth, redirectUrl: 'https://yourservice.com/mobile/billing/landing' },
    sent: { pg: 'kicc.T5102001', pay_method: 'card', amount: 1000, ...firstAuthSent },
    redirect: 'https://yourservice.com/mobile/billing/landing',
  },
  'kicc without a redirectUrl gets the page as m_redirect_url': {
    request: { pg: 'kicc', amount: 0, ...firstAuth },
    sent: { pg: 'kicc', pay_method: 'card', amount: 0, ...firstAuthSent },
    redirect: 'default',
  },
  'payco (manual; callback everywhere)': {
    request: { pg: 'payco', amount: 1000, name: 'PAYCO 자동결제 등록', customerUid: CUSTOMER, buyer: manualBuyer },
    sent: { pg: 'payco', pay_method: 'card', amount: 1000, name: 'PAYCO 자동결제 등록', customer_uid: CUSTOMER, ...sentBuyer },
  },
  'kakaopay, key only (manual 2.1; pay_method card is sent, the app decides)': {
    request: { pg: 'kakaopay', amount: 0, ...firstAuth },
    sent: { pg: 'kakaopay', pay_method: 'card', amount: 0, ...firstAuthSent },
  },
  'kakaopay, key + 1004 KRW (manual 2.2)': {
    request: { pg: 'kakaopay', amount: 1004, ...firstAuth, merchantUid: 'order_monthly_0001' },
    sent: { pg: 'kakaopay', pay_method: 'card', amount: 1004, ...firstAuthSent, merchant_uid: 'order_monthly_0001' },
  },
  'chai (manual; pay_method trans, redirects on PC too)': {
    request: {
      pg: 'chai',
      amount: 0,
      name: '주문명: 결제 테스트',
      customerUid: 'gildong_0001_1234',
      merchantUid: 'issue_billingkey_monthly_0001',
      buyer: {
        email: 'iamport@siot.do',
        name: '구매자 이름',
        tel: '010-1234-5678',
        addr: '서울특별시 강남구 삼성동',
        postcode: '123-456',
      },
    },
    sent: {
      pg: 'chai',
      pay_method: 'trans',
      merchant_uid: 'issue_billingkey_monthly_0001',
      name: '주문명: 결제 테스트',
      amount: 0,
      customer_uid: 'gildong_0001_1234',
      buyer_email: 'iamport@siot.do',
      buyer_name: '구매자 이름',
      buyer_tel: '010-1234-5678',
      buyer_addr: '서울특별시 강남구 삼성동',
      buyer_postcode: '123-456',
    },
    redirect: 'default',
  },
  'chai with several MIDs (chai.<public_key>)': {
    request: { pg: 'chai.3ab1bdc3-0b1a-4c3c-a0b9-1c2d3e4f5a6b', amount: 5000, ...firstAuth },
    sent: { pg: 'chai.3ab1bdc3-0b1a-4c3c-a0b9-1c2d3e4f5a6b', pay_method: 'trans', amount: 5000, ...firstAuthSent },
    redirect: 'default',
  },
  'danal phone, key + first 10000 KRW payment (manual), digital and period text': {
    request: { pg: 'danal', amount: 10000, ...firstAuth, params: { digital: true, period: { text: '매월 1일 자동결제' } } },
    sent: {
      pg: 'danal',
      pay_method: 'phone',
      amount: 10000,
      ...firstAuthSent,
      digital: true,
      period: { text: '매월 1일 자동결제' },
    },
  },
  'mobilians phone, key + first 10000 KRW payment (manual)': {
    request: { pg: 'mobilians', amount: 10000, ...firstAuth, merchantUid: 'order_monthly_0001', params: { digital: false } },
    sent: {
      pg: 'mobilians',
      pay_method: 'phone',
      merchant_uid: 'order_monthly_0001',
      amount: 10000,
      ...firstAuthSent,
      digital: false,
    },
  },
  'paymentwall with a MID (manual: currency, language, widget code; redirects on mobile)': {
    request: {
      pg: 'paymentwall.t3_merchant',
      amount: 50,
      name: '주문명:결제테스트',
      merchantUid: 'order_no_0001',
      customerUid: 'customer_uid',
      buyer: {
        email: 'iamport@example.com',
        name: '구매자이름',
        tel: '010-1234-5678',
        addr: '서울특별시 강남구 삼성동',
        postcode: '123-456',
      },
      params: { currency: 'USD', language: 'en', bypass: { widget_code: 't3_1' } },
    },
    sent: {
      pg: 'paymentwall.t3_merchant',
      pay_method: 'card',
      merchant_uid: 'order_no_0001',
      name: '주문명:결제테스트',
      amount: 50,
      buyer_email: 'iamport@example.com',
      buyer_name: '구매자이름',
      buyer_tel: '010-1234-5678',
      buyer_addr: '서울특별시 강남구 삼성동',
      buyer_postcode: '123-456',
      currency: 'USD',
      language: 'en',
      customer_uid: 'customer_uid',
      bypass: { widget_code: 't3_1' },
    },
    redirect: 'default',
  },
};

describe('BillingKeyButton sends each PG manual example field for field', () => {
  it.each(Object.entries(examples))('%s', async (_title, { request, sent, redirect }) => {
    const { imp, onSuccess } = await clickButton(request);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
    const { merchant_uid, m_redirect_url, ...rest } = imp.lastParams();
    const { merchant_uid: expectedMerchantUid, ...expected } = sent;
    expect(rest).toEqual(expected);
    if (expectedMerchantUid !== undefined) expect(merchant_uid).toBe(expectedMerchantUid);
    else expect(merchant_uid).toMatch(/^\S{1,40}$/);
    if (redirect === undefined) expect(m_redirect_url).toBeUndefined();
    else expect(m_redirect_url).toBe(redirect === 'default' ? pageUrlWithoutRedirectKeys() : redirect);
  });

  it('covers all eleven PGs', () => {
    const pgs = new Set(Object.values(examples).map((e) => e.request.pg.split('.')[0]));
    expect([...pgs].sort()).toEqual([
      'chai',
      'danal',
      'danal_tpay',
      'html5_inicis',
      'jtnet',
      'kakaopay',
      'kcp_billing',
      'kicc',
      'mobilians',
      'payco',
      'paymentwall',
    ]);
  });

  it('sends a channelKey instead of pg, with the PG rules still chosen by pg', async () => {
    const { imp } = await clickButton({ pg: 'chai', channelKey: 'channel-key-1234', amount: 0, customerUid: CUSTOMER });
    const params = imp.lastParams();
    expect(params).not.toHaveProperty('pg');
    expect(params.channelKey).toBe('channel-key-1234');
    expect(params.pay_method).toBe('trans');
    expect(params.m_redirect_url).toBe(pageUrlWithoutRedirectKeys());
  });
});
