import * as PortOneSdk from '@portone/server-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signWebhook, startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { createPortOneServer, type PortOneServerOptions } from '../../src/server';
import { rejection, closedPort } from './support';

const API_SECRET = 'portone_v2_secret_very_private_1234';
const STORE_ID = 'store-00000000-0000-0000-0000-000000000000';
// Standard Webhooks secrets are base64 after the whsec_ prefix.
const WEBHOOK_SECRET = `whsec_${Buffer.from('webhook secret for the tests 01').toString('base64')}`;
const OTHER_SECRET = `whsec_${Buffer.from('another secret, not the shop one').toString('base64')}`;

let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v2: { apiSecret: API_SECRET } });
});
afterEach(() => fake.close());

const server = (options: Partial<PortOneServerOptions> = {}) =>
  createPortOneServer({ apiSecret: API_SECRET, storeId: STORE_ID, webhookSecret: WEBHOOK_SECRET, baseUrl: fake.url, ...options });

describe('createPortOneServer: verifyBillingKey (through @portone/server-sdk)', () => {
  it("resolves PortOne's record of the buyer's key, read with GET /billing-keys/{billingKey} and the API secret", async () => {
    const key = fake.v2.addBillingKey({ billingKey: 'bk_1', customer: { id: 'member_42' }, issueId: 'issue_1' });
    const result = await server().verifyBillingKey('bk_1', { customerId: 'member_42', issueId: 'issue_1' });
    expect(result).toEqual({ ok: true, info: key });
    const read = fake.requests.at(-1);
    expect(read).toMatchObject({ method: 'GET', path: '/billing-keys/bk_1' });
    expect(read?.query.get('storeId')).toBe(STORE_ID);
    expect(read?.headers.authorization).toBe(`PortOne ${API_SECRET}`);
    expect(read?.headers['user-agent']).toMatch(/^portone-server-sdk-js/);
  });

  it('runs with the SDK module passed as `sdk` too (edge runtimes)', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_1' });
    expect(await server({ sdk: PortOneSdk }).verifyBillingKey('bk_1')).toMatchObject({ ok: true });
  });

  it('refuses: NOT_FOUND, DELETED, TEST_KEY (any TEST channel; allowed with allowTest), MISMATCH (customer.id, issueId, store)', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_deleted', status: 'DELETED', deletedAt: new Date().toISOString() });
    fake.v2.addBillingKey({
      billingKey: 'bk_test',
      channels: [
        { type: 'LIVE', pgProvider: 'TOSSPAYMENTS', pgMerchantId: 'live' },
        { type: 'TEST', pgProvider: 'TOSSPAYMENTS', pgMerchantId: 'tosstest' },
      ],
    });
    fake.v2.addBillingKey({ billingKey: 'bk_other', customer: { id: 'member_7' }, issueId: 'issue_7' });
    fake.v2.addBillingKey({ billingKey: 'bk_nobody', customer: {} });
    fake.v2.addBillingKey({ billingKey: 'bk_store', storeId: 'store-other' });
    const v2 = server();
    expect(await v2.verifyBillingKey('bk_unknown')).toEqual({ ok: false, reason: 'NOT_FOUND' });
    expect(await v2.verifyBillingKey('bk_deleted')).toEqual({ ok: false, reason: 'DELETED' });
    expect(await v2.verifyBillingKey('bk_test')).toEqual({ ok: false, reason: 'TEST_KEY' });
    expect(await v2.verifyBillingKey('bk_test', { allowTest: true })).toMatchObject({ ok: true });
    expect(await v2.verifyBillingKey('bk_other', { customerId: 'member_42' })).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(await v2.verifyBillingKey('bk_other', { customerId: 'member_7', issueId: 'issue_1' })).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    expect(await v2.verifyBillingKey('bk_nobody', { customerId: 'member_42' })).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(await v2.verifyBillingKey('bk_store')).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(await server({ storeId: undefined }).verifyBillingKey('bk_store')).toMatchObject({ ok: true });
  });

  it('a status it does not know is PORTONE_ERROR, never a success', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_odd', status: 'NOT_ISSUED' });
    expect(await rejection(server().verifyBillingKey('bk_odd'))).toMatchObject({ code: 'PORTONE_ERROR' });
  });
});

describe('createPortOneServer: outages are errors, not refusals', () => {
  beforeEach(() => {
    fake.v2.addBillingKey({ billingKey: 'bk_1' });
  });

  it('a 5xx answer (JSON or a gateway page) is PORTONE_ERROR', async () => {
    fake.fail({ path: '/billing-keys', status: 500, body: { type: 'INTERNAL', message: 'boom' } });
    expect(await rejection(server().verifyBillingKey('bk_1'))).toMatchObject({ code: 'PORTONE_ERROR', portOneCode: 'INTERNAL' });
    fake.fail({ path: '/billing-keys', status: 502, html: '<html><h1>502 Bad Gateway</h1></html>' });
    expect(await rejection(server().verifyBillingKey('bk_1'))).toMatchObject({ code: 'PORTONE_ERROR' });
    fake.fail({ path: '/billing-keys', status: 200, html: '<html>maintenance</html>' });
    expect(await rejection(server().verifyBillingKey('bk_1'))).toMatchObject({ code: 'PORTONE_ERROR' });
  });

  it('a wrong secret (401 UNAUTHORIZED) is PORTONE_ERROR', async () => {
    expect(await rejection(server({ apiSecret: 'wrong_secret_5678' }).verifyBillingKey('bk_1'))).toMatchObject({
      code: 'PORTONE_ERROR',
      portOneCode: 'UNAUTHORIZED',
    });
  });

  it('no answer within timeoutMs is PORTONE_ERROR', async () => {
    fake.fail({ path: '/billing-keys', hang: true });
    const error = await rejection(server({ timeoutMs: 200 }).verifyBillingKey('bk_1'));
    expect(error.code).toBe('PORTONE_ERROR');
    expect(error.message).toMatch(/200 ms/);
  });

  it('a refused connection is NETWORK', async () => {
    const v2 = server({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
    expect(await rejection(v2.verifyBillingKey('bk_1'))).toMatchObject({ code: 'NETWORK' });
  });
});

describe('createPortOneServer: confirm, charge, delete, list', () => {
  it('confirms a manual issuance with POST /billing-keys/confirm and resolves the key', async () => {
    fake.v2.pendingConfirmations.set('token_1', { ...fake.v2.addBillingKey({ billingKey: 'bk_new' }) });
    fake.v2.billingKeys.delete('bk_new');
    expect(await server().confirmBillingKey('token_1')).toEqual({ billingKey: 'bk_new' });
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/billing-keys/confirm',
      body: { billingIssueToken: 'token_1', storeId: STORE_ID },
    });
    expect(await rejection(server().confirmBillingKey('token_1'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('charges with amount as a number, sent as amount: { total }, with the configured store id', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_1' });
    const answer = await server().chargeBillingKey({
      paymentId: 'payment_2026_12_1',
      billingKey: 'bk_1',
      orderName: '월간 이용권',
      amount: 9900,
      currency: 'KRW',
      customer: { id: 'member_42' },
    });
    expect(answer).toEqual({ payment: { pgTxId: expect.any(String), paidAt: expect.any(String) } });
    const request = fake.requests.at(-1);
    expect(request).toMatchObject({ method: 'POST', path: '/payments/payment_2026_12_1/billing-key' });
    expect(request?.body).toEqual({
      storeId: STORE_ID,
      billingKey: 'bk_1',
      orderName: '월간 이용권',
      amount: { total: 9900 },
      currency: 'KRW',
      customer: { id: 'member_42' },
    });
    expect(
      await rejection(server().chargeBillingKey({ paymentId: 'p', billingKey: 'bk_1', orderName: 'o', amount: 9.5 })),
    ).toMatchObject({
      code: 'INVALID_REQUEST',
    });
    expect(
      await rejection(
        server().chargeBillingKey({ paymentId: 'payment_2026_12_1', billingKey: 'bk_1', orderName: 'o', amount: 1 }),
      ),
    ).toMatchObject({ code: 'PORTONE_ERROR', portOneCode: 'ALREADY_PAID' });
  });

  it('deletes with reason and requester; an unknown key is NOT_FOUND, a deleted one DELETED', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_1' });
    const v2 = server();
    expect(await v2.deleteBillingKey('bk_1', { reason: '고객 요청', requester: 'CUSTOMER' })).toEqual({
      deletedAt: expect.any(String),
    });
    const request = fake.requests.at(-1);
    expect(request).toMatchObject({ method: 'DELETE', path: '/billing-keys/bk_1' });
    expect([request?.query.get('reason'), request?.query.get('requester')]).toEqual(['고객 요청', 'CUSTOMER']);
    expect(await rejection(v2.deleteBillingKey('bk_1'))).toMatchObject({ code: 'DELETED' });
    expect(await rejection(v2.deleteBillingKey('bk_unknown'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("lists every page of a buyer's keys, filtered at PortOne by customerId", async () => {
    for (let i = 0; i < 230; i += 1) fake.v2.addBillingKey({ billingKey: `bk_${i}`, customer: { id: 'member_42' } });
    fake.v2.addBillingKey({ billingKey: 'bk_other', customer: { id: 'member_7' } });
    const keys = await server().listBillingKeys({ customerId: 'member_42' });
    expect(keys.map((k) => k.billingKey)).toEqual(Array.from({ length: 230 }, (_, i) => `bk_${i}`));
    const reads = fake.requests.filter((r) => r.path === '/billing-keys');
    expect(reads).toHaveLength(3);
    expect(JSON.parse(reads[0]?.query.get('requestBody') ?? '')).toEqual({
      page: { number: 0, size: 100 },
      filter: { customerId: 'member_42', storeId: STORE_ID },
    });
    expect(await server().listBillingKeys({ customerId: 'member_nobody' })).toEqual([]);
  });
});

describe('createPortOneServer: handleWebhook', () => {
  const body = JSON.stringify({
    type: 'BillingKey.Issued',
    timestamp: '2026-12-06T07:00:00.000Z',
    data: { storeId: STORE_ID, billingKey: 'bk_1' },
  });
  const webhook = (payload: string, headers: Record<string, string>) =>
    new Request('https://shop.example/api/portone/webhook', {
      method: 'POST',
      body: payload,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  it('resolves the verified { type, timestamp, data } of a webhook signed with the whsec_ secret', async () => {
    const event = await server().handleWebhook(webhook(body, signWebhook(WEBHOOK_SECRET, body)));
    expect(event).toEqual({
      type: 'BillingKey.Issued',
      timestamp: '2026-12-06T07:00:00.000Z',
      data: { storeId: STORE_ID, billingKey: 'bk_1' },
    });
    expect(fake.requests).toHaveLength(0);
  });

  it('INVALID_SIGNATURE: another secret, older than 5 minutes, missing headers, a changed body, no secret configured', async () => {
    const v2 = server();
    const cases: [string, Request, PortOneServerOptions['webhookSecret']?][] = [
      ['another secret', webhook(body, signWebhook(OTHER_SECRET, body))],
      ['6 minutes old', webhook(body, signWebhook(WEBHOOK_SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 360 }))],
      ['no headers', webhook(body, {})],
      ['no signature header', webhook(body, { ...signWebhook(WEBHOOK_SECRET, body), 'webhook-signature': '' })],
      ['a changed body', webhook(body.replace('bk_1', 'bk_2'), signWebhook(WEBHOOK_SECRET, body))],
    ];
    for (const [what, request] of cases) {
      const error = await rejection(v2.handleWebhook(request));
      expect(error.code, what).toBe('INVALID_SIGNATURE');
    }
    const unconfigured = server({ webhookSecret: undefined });
    expect(await rejection(unconfigured.handleWebhook(webhook(body, signWebhook(WEBHOOK_SECRET, body))))).toMatchObject({
      code: 'INVALID_SIGNATURE',
    });
    // 4 minutes old is still inside the window.
    const recent = signWebhook(WEBHOOK_SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 240 });
    expect(await v2.handleWebhook(webhook(body, recent))).toMatchObject({ type: 'BillingKey.Issued' });
  });
});
