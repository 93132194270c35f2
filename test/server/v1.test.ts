import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { BillingServerError, createIamportServer } from '../../src/server';
import { rejection, closedPort } from './support';

const API_KEY = 'imp_apikey_test';
const API_SECRET = 'imp_secret_very_private_1234';

let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v1: { apiKey: API_KEY, apiSecret: API_SECRET } });
});
afterEach(() => fake.close());

const server = (options: { timeoutMs?: number; baseUrl?: string } = {}) =>
  createIamportServer({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: fake.url, ...options });

describe('createIamportServer: verifyCustomer', () => {
  it("resolves PortOne's own record for the buyer's key, read with GET /subscribe/customers/{customer_uid}", async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card 1', customer_id: 'member_42' });
    const result = await server().verifyCustomer('member_42_card 1', { customerId: 'member_42', pg: 'html5_inicis.INIBillTst' });
    expect(result).toEqual({
      ok: true,
      info: expect.objectContaining({ customer_uid: 'member_42_card 1', pg_id: 'INIBillTst' }),
    });
    const read = fake.requests.find((r) => r.path.startsWith('/subscribe/customers/'));
    expect(read).toMatchObject({ method: 'GET', path: '/subscribe/customers/member_42_card%201' });
    expect(read?.headers.authorization).toMatch(/^Bearer fake_v1_token_/);
    // The token request carries the key and secret as JSON (imp_key, imp_secret).
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/users/getToken',
      body: { imp_key: API_KEY, imp_secret: API_SECRET },
    });
  });

  it('refuses an unknown (or deleted: PortOne forgets it) customer_uid with NOT_FOUND', async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card_1', customer_id: 'member_42' });
    const v1 = server();
    expect(await v1.verifyCustomer('member_42_nope')).toEqual({ ok: false, reason: 'NOT_FOUND' });
    await v1.deleteCustomer('member_42_card_1');
    expect(await v1.verifyCustomer('member_42_card_1')).toEqual({ ok: false, reason: 'NOT_FOUND' });
  });

  it('refuses a sandbox key with TEST_KEY even without expectations, and accepts it with allowTest', async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_test', customer_id: 'member_42', sandbox: true });
    const v1 = server();
    expect(await v1.verifyCustomer('member_42_test')).toEqual({ ok: false, reason: 'TEST_KEY' });
    expect(await v1.verifyCustomer('member_42_test', { customerId: 'member_42' })).toEqual({ ok: false, reason: 'TEST_KEY' });
    expect(await v1.verifyCustomer('member_42_test', { allowTest: true })).toMatchObject({ ok: true });
  });

  it("refuses another buyer's key, a missing customer_id, and another PG or MID with MISMATCH", async () => {
    fake.v1.addCustomer({ customer_uid: 'k1', customer_id: 'member_7', pg_provider: 'danal_tpay', pg_id: 'A010002002' });
    fake.v1.addCustomer({ customer_uid: 'k2', customer_id: null });
    const v1 = server();
    expect(await v1.verifyCustomer('k1', { customerId: 'member_42' })).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(await v1.verifyCustomer('k2', { customerId: 'member_42' })).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(await v1.verifyCustomer('k1', { pg: 'html5_inicis' })).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(await v1.verifyCustomer('k1', { pg: 'danal_tpay.OTHERMID' })).toEqual({ ok: false, reason: 'MISMATCH' });
    // pg as a code alone is checked against pg_provider only; code.MID also against pg_id.
    expect(await v1.verifyCustomer('k1', { pg: 'danal_tpay' })).toMatchObject({ ok: true });
    expect(await v1.verifyCustomer('k1', { pg: 'danal_tpay.A010002002', customerId: 'member_7' })).toMatchObject({ ok: true });
  });

  it('refuses bad arguments with INVALID_REQUEST before calling PortOne', async () => {
    expect((await rejection(server().verifyCustomer(''))).code).toBe('INVALID_REQUEST');
    expect(() => createIamportServer({ apiKey: '', apiSecret: API_SECRET })).toThrow(BillingServerError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('createIamportServer: the access token', () => {
  it('serves 50 concurrent verifies with one token request, and keeps the token for later calls', async () => {
    const slow = await startFakePortOne({ v1: { apiKey: API_KEY, apiSecret: API_SECRET, tokenDelayMs: 50 } });
    try {
      slow.v1.addCustomer({ customer_uid: 'k', customer_id: 'member_42' });
      const v1 = createIamportServer({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: slow.url });
      const results = await Promise.all(Array.from({ length: 50 }, () => v1.verifyCustomer('k', { customerId: 'member_42' })));
      expect(results.every((r) => r.ok)).toBe(true);
      expect(slow.v1.tokenRequests).toBe(1);
      await v1.verifyCustomer('k');
      expect(slow.v1.tokenRequests).toBe(1);
      const tokens = new Set(
        slow.requests.filter((r) => r.path === '/subscribe/customers/k').map((r) => r.headers.authorization),
      );
      expect(tokens.size).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it('asks again once the token reaches expired_at (30 minutes on PortOne)', async () => {
    fake.v1.addCustomer({ customer_uid: 'k' });
    const v1 = server();
    // Only Date is faked: the sockets keep their real timers, and the fake's clock moves with ours.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await v1.verifyCustomer('k');
      vi.setSystemTime(Date.now() + 29 * 60_000);
      await v1.verifyCustomer('k');
      expect(fake.v1.tokenRequests).toBe(1);
      vi.setSystemTime(Date.now() + 61_000);
      await v1.verifyCustomer('k');
      expect(fake.v1.tokenRequests).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not keep a failed token request: the next call asks again', async () => {
    fake.v1.addCustomer({ customer_uid: 'k' });
    fake.fail({ path: '/users/getToken', status: 503, body: { code: -1, message: 'busy' } });
    const v1 = server();
    const results = await Promise.allSettled([v1.verifyCustomer('k'), v1.verifyCustomer('k')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const tokenRequests = () => fake.requests.filter((r) => r.path === '/users/getToken').length;
    expect(tokenRequests()).toBe(1);
    expect(await v1.verifyCustomer('k')).toMatchObject({ ok: true });
    expect(tokenRequests()).toBe(2);
  });

  it('drops a token PortOne refuses (401) and retries the call once with a new one', async () => {
    fake.v1.addCustomer({ customer_uid: 'k' });
    const v1 = server();
    await v1.verifyCustomer('k');
    fake.v1.expireTokens();
    expect(await v1.verifyCustomer('k')).toMatchObject({ ok: true });
    expect(fake.v1.tokenRequests).toBe(2);
  });

  it('a wrong API secret is PORTONE_ERROR (PortOne answered 401), never a verdict on the key', async () => {
    fake.v1.addCustomer({ customer_uid: 'k' });
    const v1 = createIamportServer({ apiKey: API_KEY, apiSecret: 'wrong_secret_5678', baseUrl: fake.url });
    const error = await rejection(v1.verifyCustomer('k'));
    expect(error).toMatchObject({ code: 'PORTONE_ERROR', status: 401 });
  });
});

describe('createIamportServer: outages are errors, not refusals', () => {
  beforeEach(() => {
    fake.v1.addCustomer({ customer_uid: 'k' });
  });

  it('a 5xx answer is PORTONE_ERROR', async () => {
    fake.fail({ path: '/subscribe/', status: 500, body: { code: -1, message: 'internal error' } });
    expect(await rejection(server().verifyCustomer('k'))).toMatchObject({ code: 'PORTONE_ERROR', status: 500 });
  });

  it('HTTP 200 with a code other than 0 is PORTONE_ERROR', async () => {
    fake.fail({ path: '/subscribe/', status: 200, body: { code: -1, message: '잠시 후 다시 시도해주세요', response: null } });
    expect(await rejection(server().verifyCustomer('k'))).toMatchObject({
      code: 'PORTONE_ERROR',
      status: 200,
      portOneCode: '-1',
    });
  });

  it("a gateway's HTML page (also with 200 or 404) is PORTONE_ERROR", async () => {
    for (const status of [502, 200, 404]) {
      fake.fail({ path: '/subscribe/', status, html: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
      // Even a 404: a page that is not PortOne's answer cannot say the key is unknown.
      expect(await rejection(server().verifyCustomer('k'))).toMatchObject({ code: 'PORTONE_ERROR', status });
    }
  });

  it('no answer within timeoutMs is PORTONE_ERROR', async () => {
    fake.fail({ path: '/subscribe/', hang: true });
    const started = Date.now();
    const error = await rejection(server({ timeoutMs: 200 }).verifyCustomer('k'));
    expect(error.code).toBe('PORTONE_ERROR');
    expect(error.message).toMatch(/200 ms/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a refused connection is NETWORK', async () => {
    const v1 = createIamportServer({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: `http://127.0.0.1:${await closedPort()}` });
    expect(await rejection(v1.verifyCustomer('k'))).toMatchObject({ code: 'NETWORK' });
  });
});

describe('createIamportServer: charge, delete, payments', () => {
  it('charges with POST /subscribe/payments/again and resolves the payment', async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card_1', customer_id: 'member_42' });
    const payment = await server().charge({
      customerUid: 'member_42_card_1',
      merchantUid: 'order_2026_12_1',
      amount: 9900,
      name: '월간 이용권',
      buyer: { name: '홍길동', email: 'gildong@example.com' },
      params: { card_quota: 0 },
    });
    expect(payment).toMatchObject({
      status: 'paid',
      amount: 9900,
      merchant_uid: 'order_2026_12_1',
      customer_uid: 'member_42_card_1',
    });
    expect(fake.requests.at(-1)?.body).toEqual({
      card_quota: 0,
      customer_uid: 'member_42_card_1',
      merchant_uid: 'order_2026_12_1',
      amount: 9900,
      name: '월간 이용권',
      buyer_name: '홍길동',
      buyer_email: 'gildong@example.com',
    });
    await expect(server().charge({ customerUid: 'x', merchantUid: 'o', amount: 0, name: 'n' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });

  it('deletes with reason (and requester) as query parameters; an unknown key is NOT_FOUND', async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card_1' });
    const deleted = await server().deleteCustomer('member_42_card_1', { reason: '고객 요청', requester: 'customer' });
    expect(deleted).toMatchObject({ customer_uid: 'member_42_card_1' });
    const request = fake.requests.at(-1);
    expect(request?.method).toBe('DELETE');
    expect(request?.query.get('reason')).toBe('고객 요청');
    expect(request?.query.get('extra[requester]')).toBe('customer');
    expect(await rejection(server().deleteCustomer('member_42_card_1'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads a payment; a test-channel payment only with includeSandbox (include_sandbox=true)', async () => {
    fake.v1.addPayment({ imp_uid: 'imp_1', sandbox: true });
    const v1 = server();
    expect(await rejection(v1.getPayment('imp_1'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await v1.getPayment('imp_1', { includeSandbox: true })).toMatchObject({ imp_uid: 'imp_1', sandbox: true });
    expect(fake.requests.at(-1)?.query.get('include_sandbox')).toBe('true');
  });
});

describe('createIamportServer: handleWebhook', () => {
  const notice = (body: string, type: string) =>
    new Request('https://shop.example/api/portone/webhook', { method: 'POST', body, headers: { 'Content-Type': type } });

  it('takes a JSON notice, reads the payment back and resolves what PortOne says (not what the notice says)', async () => {
    fake.v1.addPayment({ imp_uid: 'imp_9', merchant_uid: 'order_9', status: 'failed' });
    const event = await server().handleWebhook(
      notice(JSON.stringify({ imp_uid: 'imp_9', merchant_uid: 'order_9', status: 'paid' }), 'application/json'),
    );
    expect(event).toMatchObject({ impUid: 'imp_9', merchantUid: 'order_9', status: 'failed', payment: { imp_uid: 'imp_9' } });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/payments/imp_9' });
  });

  it('takes a form-encoded notice, test-channel payments included', async () => {
    fake.v1.addPayment({ imp_uid: 'imp_10', merchant_uid: 'order_10', status: 'paid', sandbox: true });
    const event = await server().handleWebhook(
      notice('imp_uid=imp_10&merchant_uid=order_10&status=paid', 'application/x-www-form-urlencoded'),
    );
    expect(event).toMatchObject({ impUid: 'imp_10', status: 'paid', payment: { sandbox: true } });
  });

  it('an unknown imp_uid is NOT_FOUND, another merchant_uid MISMATCH, a body without imp_uid INVALID_REQUEST', async () => {
    fake.v1.addPayment({ imp_uid: 'imp_11', merchant_uid: 'order_11' });
    const v1 = server();
    expect(
      await rejection(v1.handleWebhook(notice('{"imp_uid":"imp_forged","status":"paid"}', 'application/json'))),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await rejection(v1.handleWebhook(notice('{"imp_uid":"imp_11","merchant_uid":"order_other"}', 'application/json'))),
    ).toMatchObject({ code: 'MISMATCH' });
    expect(await rejection(v1.handleWebhook(notice('status=paid', 'application/x-www-form-urlencoded')))).toMatchObject({
      code: 'INVALID_REQUEST',
    });
    expect(await rejection(v1.handleWebhook(notice('{not json', 'application/json')))).toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
