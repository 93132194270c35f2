// Seeds 000–004 and pg-facts.md: the params the button sends, field for field (apart from merchant_uid),
// all eleven PGs' pay_method / amount / charged / redirect rules, PG_RULES as data, PgNotice in ko and en.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  getPgRule,
  IamportProvider,
  PG_RULES,
  PgNotice,
  type BillingKeyRequest,
  type BillingKeyResult,
  type PgId,
  type RequestPayParams,
} from '../../src';
import { installMockIamport } from '../../src/testing';
import { expectDevWarning } from '../support/dev-warnings';
import { USER_CODE } from '../support/kit';

const ALL_PGS = [
  'jtnet',
  'html5_inicis',
  'danal_tpay',
  'kcp_billing',
  'kicc',
  'payco',
  'kakaopay',
  'chai',
  'danal',
  'mobilians',
  'paymentwall',
];
const seedBuyer = { email: 'iamport@siot.do', name: '아임포트', tel: '02-1234-1234' };

async function send(request: BillingKeyRequest, locale: 'ko' | 'en' = 'ko') {
  const iamport = installMockIamport();
  const onSuccess = vi.fn<(r: BillingKeyResult) => void>();
  const onFailure = vi.fn();
  const view = render(
    <IamportProvider userCode={USER_CODE} locale={locale}>
      <BillingKeyButton {...request} onSuccess={onSuccess} onFailure={onFailure} notice="none" />
    </IamportProvider>,
  );
  fireEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(onSuccess.mock.calls.length + onFailure.mock.calls.length).toBe(1));
  expect(onFailure).not.toHaveBeenCalled();
  const params = iamport.lastRequest();
  iamport.uninstall();
  view.unmount();
  return { params, result: onSuccess.mock.calls[0]![0] };
}

const withoutUid = ({ merchant_uid, ...rest }: RequestPayParams) => {
  expect(merchant_uid).toMatch(/^\S{1,40}$/);
  return rest;
};

const here = () => window.location.href.split(/[?#]/)[0];

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('seed examples, field for field', () => {
  const seed = (amount: number) => ({
    pay_method: 'card',
    name: '최초인증결제',
    amount,
    customer_uid: 'your-customer-unique-id',
    buyer_email: 'iamport@siot.do',
    buyer_name: '아임포트',
    buyer_tel: '02-1234-1234',
  });
  const request = (pg: PgId, amount: number): BillingKeyRequest => ({
    pg,
    amount,
    name: '최초인증결제',
    customerUid: 'your-customer-unique-id',
    buyer: seedBuyer,
  });

  it.each([0, 1004])(
    'JTNet amount %i (seed 000/001/004): the seed object plus pg and the page as m_redirect_url',
    async (amount) => {
      expectDevWarning('jtnet is discontinued');
      const { params, result } = await send(request('jtnet', amount));
      expect(withoutUid(params)).toEqual({ ...seed(amount), pg: 'jtnet', m_redirect_url: here() });
      expect(result).toMatchObject({ charged: amount > 0, amount, pg: 'jtnet', customerUid: 'your-customer-unique-id' });
    },
  );

  it('KG Inicis html5_inicis.INIBillTst (seed 002): the seed object exactly', async () => {
    const { params, result } = await send({ ...request('html5_inicis.INIBillTst', 0) });
    const { m_redirect_url, ...rest } = withoutUid(params);
    expect(rest).toEqual({ ...seed(0), pg: 'html5_inicis.INIBillTst' });
    // seed 002: m_redirect_url is not used (newer docs pass one); either is acceptable, but never a stray undefined.
    if (m_redirect_url !== undefined) expect(m_redirect_url).toBe(here());
    expect(result).toMatchObject({ pg: 'html5_inicis.INIBillTst', charged: false });
  });

  it.each([0, 1004])('Danal card amount %i (seed 003): the seed object plus pg, no m_redirect_url', async (amount) => {
    const { params, result } = await send(request('danal_tpay', amount));
    expect(withoutUid(params)).toEqual({ ...seed(amount), pg: 'danal_tpay' });
    expect(result.charged).toBe(amount > 0);
  });

  it('JTNet full example of seed 001 (addr, postcode, explicit m_redirect_url)', async () => {
    expectDevWarning('jtnet is discontinued');
    const { params } = await send({
      pg: 'jtnet',
      customerUid: 'gildong_0001_1234',
      merchantUid: 'order_monthly_0001',
      amount: 0,
      name: '최초인증결제',
      buyer: {
        email: 'iamport@siot.do',
        name: '구매자이름',
        tel: '010-1234-5678',
        addr: '서울특별시 강남구 삼성동',
        postcode: '123-456',
      },
      redirectUrl: 'https://shop.example.com/payments/complete/mobile',
    });
    expect(params).toEqual({
      pg: 'jtnet',
      pay_method: 'card',
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customer_uid: 'gildong_0001_1234',
      buyer_email: 'iamport@siot.do',
      buyer_name: '구매자이름',
      buyer_tel: '010-1234-5678',
      buyer_addr: '서울특별시 강남구 삼성동',
      buyer_postcode: '123-456',
      m_redirect_url: 'https://shop.example.com/payments/complete/mobile',
    });
  });

  it('minimal request: defaults only, no undefined values in the call', async () => {
    const { params } = await send({ pg: 'kcp_billing', customerUid: 'c1' });
    expect(Object.keys(params).sort()).toEqual([
      'amount',
      'customer_uid',
      'm_redirect_url',
      'merchant_uid',
      'name',
      'pay_method',
      'pg',
    ]);
    expect(Object.values(params)).not.toContain(undefined);
    expect(params).toMatchObject({ amount: 0, pay_method: 'card', pg: 'kcp_billing' });
    expect(typeof params.name).toBe('string');
    expect(params.name.length).toBeGreaterThan(0);
    expect(params.name.length).toBeLessThanOrEqual(40);
  });

  it('the default order name follows the locale', async () => {
    const ko = (await send({ pg: 'kcp_billing', customerUid: 'c1' })).params.name;
    const en = (await send({ pg: 'kcp_billing', customerUid: 'c1' }, 'en')).params.name;
    expect(ko).toMatch(/[가-힣]/);
    expect(en).not.toMatch(/[가-힣]/);
  });

  it('channelKey is sent instead of pg, and pg still selects the rules', async () => {
    const { params, result } = await send({
      pg: 'danal',
      channelKey: 'channel-key-123',
      customerUid: 'c1',
      amount: 3000,
      params: { digital: true },
    });
    expect(params.channelKey).toBe('channel-key-123');
    expect('pg' in params).toBe(false);
    expect(params.pay_method).toBe('phone');
    expect(result.charged).toBe(true);
  });

  it('a new merchant_uid for every attempt, each ≤ 40 characters', async () => {
    const uids = new Set<string>();
    for (let i = 0; i < 3; i++) uids.add((await send({ pg: 'kcp_billing', customerUid: 'c1' })).params.merchant_uid);
    expect(uids.size).toBe(3);
  });
});

describe('the eleven original PGs', () => {
  it('PG_RULES has a row for each of the eleven original PGs (and the new ones of pg-facts.md); getPgRule reads the code before the dot', () => {
    expect(Object.keys(PG_RULES)).toEqual(expect.arrayContaining(ALL_PGS));
    expect(getPgRule('html5_inicis.INIBillTst')).toBe(getPgRule('html5_inicis'));
    expect(getPgRule('kicc.MID123')).toBe(PG_RULES.kicc);
  });

  // [pg, default pay_method (undefined: left out, the buyer chooses in the PG), amount for the example, charged with that
  // amount, charged with amount 0 (null: 0 not allowed), may redirect]. pg-facts.md (2026-11-29) changed: PAYCO and Kakao
  // Pay leave pay_method out; Kakao Pay, KG Mobilians and KG Inicis may redirect on mobile.
  const table = [
    ['jtnet', 'card', 1004, true, false, true],
    ['html5_inicis', 'card', 9900, false, false, true],
    ['danal_tpay', 'card', 9900, true, false, false],
    ['kcp_billing', 'card', 9900, false, false, true],
    ['kicc', 'card', 9900, false, false, true],
    ['payco', undefined, 9900, false, false, false],
    ['kakaopay', undefined, 9900, true, false, true],
    ['chai', 'trans', 9900, false, false, true],
    ['danal', 'phone', 9900, true, null, false],
    ['mobilians', 'phone', 9900, true, null, true],
    ['paymentwall', 'card', 9900, true, null, true],
  ] as const;
  // What pg-facts.md says these PGs require besides the basics: `digital` for phone payments, Paymentwall's currency.
  const required: Record<string, Record<string, unknown>> = {
    danal: { digital: true },
    mobilians: { digital: false },
    paymentwall: { currency: 'USD' },
  };

  it.each(table)(
    '%s: pay_method %s, charged follows the facts table, m_redirect_url only where it redirects',
    async (pg, payMethod, amount, charged, chargedAtZero, redirects) => {
      window.history.replaceState(null, '', '/checkout?plan=pro&imp_uid=imp_old&merchant_uid=m_old#top');
      if (PG_RULES[pg].status === 'discontinued') expectDevWarning(`${pg} is discontinued`);
      if (!charged) expectDevWarning(`${pg}: amount ${amount} is only shown in the window`);
      // The page's own imp_uid / merchant_uid are left out of the default redirect address, which the library points out.
      if (redirects) expectDevWarning('The default redirectUrl (m_redirect_url) leaves out');
      const buyer = { email: 'buyer@example.com', name: 'Jack Son', tel: '010-1234-5678' };
      const { params, result } = await send({ pg, customerUid: 'c_1', amount, buyer, params: required[pg] });
      expect(params.pay_method).toBe(payMethod);
      expect(params.amount).toBe(amount);
      expect(params.pg).toBe(pg);
      expect(result).toMatchObject({ pg, amount, charged, verified: false, customerUid: 'c_1' });
      if (redirects) {
        expect(params.m_redirect_url).toMatch(new RegExp(`^${window.location.origin}/checkout`));
        expect(params.m_redirect_url).not.toMatch(/imp_uid|merchant_uid|imp_success/);
      } else {
        expect(params).not.toHaveProperty('m_redirect_url');
      }
      if (chargedAtZero !== null) {
        const zero = await send({ pg, customerUid: 'c_0', amount: 0, buyer, params: required[pg] });
        expect(zero.result).toMatchObject({ charged: chargedAtZero, amount: 0 });
      }
    },
  );

  it('an explicit redirectUrl wins over the default', async () => {
    const { params } = await send({ pg: 'kcp_billing', customerUid: 'c', redirectUrl: 'https://shop.example.com/back' });
    expect(params.m_redirect_url).toBe('https://shop.example.com/back');
  });

  it.each([
    ['html5_inicis.INIBillTst', { bypass: { inicis: { authtype: '01' } } }],
    ['danal_tpay', { period: { from: '20260101', to: '20261231' } }],
    ['kcp_billing', { bypass: { site_logo: 'https://shop.example.com/logo.gif' } }],
    ['kicc.MIDKICC01', {}],
    ['chai.public_key_1', {}],
    ['danal', { digital: true, period: { text: '매월 1일' } }],
    ['mobilians', { digital: false }],
    ['paymentwall.MIDPW', { currency: 'USD', language: 'en', bypass: { widget_code: 't3_1' } }],
  ] as [PgId, Record<string, unknown>][])('%s: the manual example’s extra fields pass through as is', async (pg, extra) => {
    const needsAmount = /^(danal|mobilians|paymentwall)/.test(pg) && pg !== 'danal_tpay';
    if (pg.startsWith('chai')) expectDevWarning(`${pg} is discontinued`);
    const { params } = await send({
      pg,
      customerUid: 'c',
      amount: needsAmount ? 1000 : 0,
      buyer: { email: 'john@example.com', name: 'John Doe', tel: '010-1234-5678' },
      params: extra,
    });
    expect(params).toMatchObject({ pg, ...extra });
  });

  it('kakaopay leaves pay_method out (the buyer chooses in the app), and sends it when the request names it', async () => {
    const { params } = await send({ pg: 'kakaopay', customerUid: 'c' });
    expect(params).not.toHaveProperty('pay_method');
    expectDevWarning('kakaopay: the buyer chooses the payment method inside the PG');
    const named = await send({ pg: 'kakaopay', customerUid: 'c', payMethod: 'card' });
    expect(named.params.pay_method).toBe('card');
  });
});

describe('<PgNotice>', () => {
  const note = (pg: PgId, amount: number, locale?: 'ko' | 'en') => {
    const view = render(
      locale ? (
        <IamportProvider userCode={USER_CODE} locale={locale}>
          <PgNotice pg={pg} amount={amount} />
        </IamportProvider>
      ) : (
        <PgNotice pg={pg} amount={amount} />
      ),
    );
    const el = screen.queryByRole('note');
    const text = el?.textContent ?? null;
    view.unmount();
    return text;
  };

  it('Danal card with amount 0: the 10 KRW test charge, cancelled about 30 minutes later (ko default, en)', () => {
    const ko = note('danal_tpay', 0);
    expect(ko).toMatch(/10\s*원/);
    expect(ko).toMatch(/30\s*분/);
    expect(note('danal_tpay', 0, 'ko')).toBe(ko);
    const en = note('danal_tpay', 0, 'en');
    expect(en).toMatch(/\b10\b/);
    expect(en).toMatch(/30 min/);
    expect(en).not.toMatch(/[가-힣]/);
  });

  it('Danal card with an amount: no test-charge notice', () => {
    expect(note('danal_tpay', 1004) ?? '').not.toMatch(/10\s*원/);
  });

  it.each<PgId>(['html5_inicis', 'html5_inicis.INIBillTst', 'kcp_billing', 'kicc', 'payco', 'chai'])(
    '%s with amount > 0: “not charged now” in ko and en; no amount notice with amount 0',
    (pg) => {
      const ko = note(pg, 9900);
      const en = note(pg, 9900, 'en');
      expect(ko).toMatch(/[가-힣]/);
      expect(en).toBeTruthy();
      expect(en).not.toMatch(/[가-힣]/);
      expect(en).toMatch(/not/i);
      // PAYCO (the buyer chooses the method in PAYCO, pg-facts.md) still says so at amount 0.
      if (pg === 'payco') expect(note(pg, 0, 'en')).not.toMatch(/KRW/);
      else expect(note(pg, 0)).toBeNull();
    },
  );

  it.each<PgId>(['danal', 'mobilians'])('%s: later charges are the same amount each month (ko, en)', (pg) => {
    expect(note(pg, 9900)).toMatch(/[가-힣]/);
    expect(note(pg, 9900, 'en')).toMatch(/same amount/i);
  });

  it('kakaopay: the monthly cap, in ko and en', () => {
    expect(note('kakaopay', 0)).toMatch(/[가-힣]/);
    expect(note('kakaopay', 0, 'en')).toMatch(/month/i);
  });

  it('jtnet amount 0: renders nothing at all', () => {
    const { container } = render(<PgNotice pg="jtnet" amount={0} />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    ['jtnet', 1004, '1,004원'],
    ['paymentwall', 1000, '1,000원'],
  ] as [PgId, number, string][])('%s amount %i: the amount is charged now, and the buyer is told so', (pg, amount, won) => {
    expect(note(pg, amount)).toContain(won);
    expect(note(pg, amount, 'en')).toMatch(/charged now/);
  });

  it('the button describes itself with the notice', () => {
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton pg="danal_tpay" customerUid="c" amount={0} />
      </IamportProvider>,
    );
    const button = screen.getByRole('button');
    expect(screen.getByRole('note')).toBeInTheDocument();
    expect(button).toHaveAccessibleDescription(/10\s*원/);
  });

  it('follows a locale switch on the provider', () => {
    const { rerender } = render(
      <IamportProvider userCode={USER_CODE} locale="ko">
        <PgNotice pg="kakaopay" amount={0} />
      </IamportProvider>,
    );
    const ko = screen.getByRole('note').textContent;
    act(() =>
      rerender(
        <IamportProvider userCode={USER_CODE} locale="en">
          <PgNotice pg="kakaopay" amount={0} />
        </IamportProvider>,
      ),
    );
    expect(screen.getByRole('note').textContent).not.toBe(ko);
  });
});
