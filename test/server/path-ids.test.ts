// Ids go into PortOne's URL paths (`/subscribe/customers/{customer_uid}`, `/payments/{imp_uid}`,
// `/billing-keys/{billingKey}`, `/payments/{paymentId}/billing-key`). `encodeURIComponent` leaves `.` alone, and a URL
// resolves the dot segments `.` and `..`: such an id would send the call to another endpoint (`GET /payments/`,
// PortOne's list read; `DELETE /subscribe/`…). The browser posts these ids to the verify handler and anyone posts a v1
// notice, so they are refused before any call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { createIamportServer, createPortOneServer, createVerifyHandler } from '../../src/server';
import { rejection } from './support';

const V1 = { apiKey: 'imp_apikey_test', apiSecret: 'imp_secret_very_private_1234' };
const V2_SECRET = 'portone_v2_secret_very_private_1234';
const DOT_IDS = ['.', '..'];

let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v1: V1, v2: { apiSecret: V2_SECRET } });
});
afterEach(() => fake.close());

const v1 = () => createIamportServer({ ...V1, baseUrl: fake.url });
const v2 = () => createPortOneServer({ apiSecret: V2_SECRET, baseUrl: fake.url });

describe('ids that are URL dot segments', () => {
  it('v1: verifyCustomer, deleteCustomer and getPayment refuse them with INVALID_REQUEST; PortOne is not called', async () => {
    for (const id of DOT_IDS) {
      expect((await rejection(v1().verifyCustomer(id))).code).toBe('INVALID_REQUEST');
      expect((await rejection(v1().deleteCustomer(id))).code).toBe('INVALID_REQUEST');
      expect((await rejection(v1().getPayment(id))).code).toBe('INVALID_REQUEST');
    }
    expect(fake.requests).toEqual([]);
  });

  it('v1: a notice naming imp_uid ".." is INVALID_REQUEST, never a read of another endpoint', async () => {
    for (const id of DOT_IDS) {
      const notice = new Request('https://shop.example/portone', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ imp_uid: id, status: 'paid' }),
      });
      expect((await rejection(v1().handleWebhook(notice))).code).toBe('INVALID_REQUEST');
    }
    expect(fake.requests).toEqual([]);
  });

  it('v2: verifyBillingKey, deleteBillingKey and chargeBillingKey (paymentId) refuse them; PortOne is not called', async () => {
    for (const id of DOT_IDS) {
      expect((await rejection(v2().verifyBillingKey(id))).code).toBe('INVALID_REQUEST');
      expect((await rejection(v2().deleteBillingKey(id))).code).toBe('INVALID_REQUEST');
      const charge = { paymentId: id, billingKey: 'bk_1', orderName: '월간 이용권', amount: 9900 };
      expect((await rejection(v2().chargeBillingKey(charge))).code).toBe('INVALID_REQUEST');
    }
    expect(fake.requests).toEqual([]);
  });

  it('the verify handler answers 400 INVALID_REQUEST for a posted customerUid or billingKey of "." / ".."', async () => {
    const authorize = () => ({ customerId: 'member_42' });
    const post = (body: unknown) =>
      new Request('https://shop.example/api/billing/verify', { method: 'POST', body: JSON.stringify(body) });
    for (const id of DOT_IDS) {
      const v1Answer = await createVerifyHandler(v1(), { authorize })(post({ customerUid: id }));
      expect([v1Answer.status, await v1Answer.json()]).toEqual([400, { ok: false, reason: 'INVALID_REQUEST' }]);
      const v2Answer = await createVerifyHandler(v2(), { authorize })(post({ billingKey: id }));
      expect([v2Answer.status, await v2Answer.json()]).toEqual([400, { ok: false, reason: 'INVALID_REQUEST' }]);
    }
    expect(fake.requests).toEqual([]);
  });
});
