// A merchant's renewal job charges, PortOne takes the charge, and the answer is lost (a time-out, a 502 from a proxy).
// The job does what PORTONE_ERROR says — retries later, with the same paymentId (v1 merchant_uid) — and PortOne refuses
// it as already paid. That retry must resolve the charge that went through (read back and matched), never throw as if
// nothing was paid (the job would try a new id and charge the buyer twice); an id already paid for another charge is
// refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { createIamportServer, createPortOneServer } from '../../src/server';
import { rejection } from './support';

const API_SECRET = 'portone_v2_secret_very_private_1234';
const STORE_ID = 'store-00000000-0000-0000-0000-000000000000';
const CHARGE = { paymentId: 'renewal_member_42_2026_12', billingKey: 'bk_1', orderName: '월간 이용권', amount: 9900 };

const V1 = { apiKey: 'imp_apikey_test', apiSecret: 'imp_secret_very_private_1234' };
const V1_CHARGE = { customerUid: 'member_42_card_1', merchantUid: 'renewal_42_2026_12', amount: 9900, name: '월간 이용권' };

let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v1: V1, v2: { apiSecret: API_SECRET } });
  fake.v1.addCustomer({ customer_uid: 'member_42_card_1', customer_id: 'member_42' });
  fake.v1.addCustomer({ customer_uid: 'member_42_card_2', customer_id: 'member_42' });
  fake.v2.addBillingKey({ billingKey: 'bk_1', customer: { id: 'member_42' } });
  fake.v2.addBillingKey({ billingKey: 'bk_2', customer: { id: 'member_42' } });
});
afterEach(() => fake.close());

/** The same id for another charge: another amount, key or currency. */
const otherCharges = <T extends object>(charge: T, otherKey: Partial<T>) => [
  { ...charge, amount: 19_900 },
  { ...charge, ...otherKey },
  { ...charge, currency: 'USD' },
];

const server = (timeoutMs?: number) =>
  createPortOneServer({ apiSecret: API_SECRET, storeId: STORE_ID, baseUrl: fake.url, timeoutMs });

describe('chargeBillingKey: a retry with the same paymentId', () => {
  it('after a lost answer (502), resolves the charge that went through; the buyer is charged once', async () => {
    fake.fail({ path: '/payments/', status: 502, html: '<html>502 Bad Gateway</html>', lost: true });
    expect((await rejection(server().chargeBillingKey(CHARGE))).code).toBe('PORTONE_ERROR');
    expect(fake.v2.payments.size).toBe(1);
    const answer = await server().chargeBillingKey(CHARGE);
    const charged = fake.v2.payments.get(CHARGE.paymentId)!;
    expect(answer).toEqual({ payment: { pgTxId: charged.payment.pgTxId, paidAt: charged.payment.paidAt } });
    expect(fake.v2.payments.size).toBe(1);
    const read = fake.requests.at(-1);
    expect(read).toMatchObject({ method: 'GET', path: `/payments/${CHARGE.paymentId}` });
    expect(read?.query.get('storeId')).toBe(STORE_ID);
  });

  it('after a time-out, resolves the charge that went through', async () => {
    fake.fail({ path: '/payments/', hang: true, lost: true });
    expect((await rejection(server(200).chargeBillingKey(CHARGE))).code).toBe('PORTONE_ERROR');
    expect(await server().chargeBillingKey(CHARGE)).toEqual({ payment: fake.v2.payments.get(CHARGE.paymentId)!.payment });
  });

  it('a plain second call after success resolves the same payment, not a second charge', async () => {
    const first = await server().chargeBillingKey(CHARGE);
    expect(await server().chargeBillingKey(CHARGE)).toEqual(first);
    expect(fake.v2.payments.size).toBe(1);
  });

  it('the paymentId paid for another key or amount is refused (PORTONE_ERROR, ALREADY_PAID), never reported paid', async () => {
    await server().chargeBillingKey(CHARGE);
    for (const other of otherCharges(CHARGE, { billingKey: 'bk_2' })) {
      const error = await rejection(server().chargeBillingKey(other));
      expect(error).toMatchObject({ code: 'PORTONE_ERROR', portOneCode: 'ALREADY_PAID' });
      expect(error.message).toMatch(/another charge/);
    }
    expect(fake.v2.payments.size).toBe(1);
  });

  it('a 5xx before PortOne took the charge: the retry charges once', async () => {
    fake.fail({ path: '/payments/', status: 503, body: { type: 'INTERNAL', message: 'try later' } });
    expect((await rejection(server().chargeBillingKey(CHARGE))).code).toBe('PORTONE_ERROR');
    expect(fake.v2.payments.size).toBe(0);
    expect(await server().chargeBillingKey(CHARGE)).toEqual({ payment: fake.v2.payments.get(CHARGE.paymentId)!.payment });
  });
});

const v1 = (timeoutMs?: number) => createIamportServer({ ...V1, baseUrl: fake.url, timeoutMs });

describe('charge (v1): a retry with the same merchantUid', () => {
  it('after a lost answer (502) or a time-out, resolves the payment that went through; the buyer is charged once', async () => {
    fake.fail({ path: '/subscribe/payments/again', status: 502, html: '<html>502 Bad Gateway</html>', lost: true });
    expect((await rejection(v1().charge(V1_CHARGE))).code).toBe('PORTONE_ERROR');
    expect(fake.v1.payments.size).toBe(1);
    const [charged] = [...fake.v1.payments.values()];
    expect(await v1().charge(V1_CHARGE)).toEqual(charged);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: `/payments/find/${V1_CHARGE.merchantUid}/paid` });

    const again = { ...V1_CHARGE, merchantUid: 'renewal_42_2027_01' };
    fake.fail({ path: '/subscribe/payments/again', hang: true, lost: true });
    expect((await rejection(v1(200).charge(again))).code).toBe('PORTONE_ERROR');
    expect(await v1().charge(again)).toMatchObject({ merchant_uid: 'renewal_42_2027_01', status: 'paid' });
    expect(fake.v1.payments.size).toBe(2);
  });

  it('a merchantUid paid for another charge (key, amount or currency) is PortOne’s refusal, never reported paid', async () => {
    await v1().charge(V1_CHARGE);
    for (const other of otherCharges(V1_CHARGE, { customerUid: 'member_42_card_2' })) {
      expect(await rejection(v1().charge(other))).toMatchObject({ code: 'PORTONE_ERROR', portOneCode: '1' });
    }
    expect(fake.v1.payments.size).toBe(1);
  });

  it('an outage is thrown as it is (no read-back): the retry decides', async () => {
    fake.fail({ path: '/subscribe/payments/again', status: 503, html: '<html>503</html>' });
    expect((await rejection(v1().charge(V1_CHARGE))).code).toBe('PORTONE_ERROR');
    expect(fake.requests.some((r) => r.path.startsWith('/payments/find/'))).toBe(false);
    expect(await v1().charge(V1_CHARGE)).toMatchObject({ status: 'paid' });
    expect(fake.v1.payments.size).toBe(1);
  });
});
