// A merchant's renewal job charges, PortOne takes the charge, and the answer is lost (a time-out, a 502 from a proxy).
// The job does what PORTONE_ERROR says — retries later, with the same paymentId — and PortOne answers ALREADY_PAID.
// That retry must resolve the charge that went through (read back and matched), never throw as if nothing was paid
// (the job would try a new paymentId and charge the buyer twice); a paymentId already paid for another charge is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { createPortOneServer } from '../../src/server';
import { rejection } from './support';

const API_SECRET = 'portone_v2_secret_very_private_1234';
const STORE_ID = 'store-00000000-0000-0000-0000-000000000000';
const CHARGE = { paymentId: 'renewal_member_42_2026_12', billingKey: 'bk_1', orderName: '월간 이용권', amount: 9900 };

let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v2: { apiSecret: API_SECRET } });
  fake.v2.addBillingKey({ billingKey: 'bk_1', customer: { id: 'member_42' } });
  fake.v2.addBillingKey({ billingKey: 'bk_2', customer: { id: 'member_42' } });
});
afterEach(() => fake.close());

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
    for (const other of [
      { ...CHARGE, amount: 19_900 },
      { ...CHARGE, billingKey: 'bk_2' },
      { ...CHARGE, currency: 'USD' },
    ]) {
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
