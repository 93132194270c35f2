import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { createIamportServer, createPortOneServer, createVerifyHandler, type VerifyHandlerOptions } from '../../src/server';
import { closedPort } from './support';

const V1 = { apiKey: 'imp_apikey_test', apiSecret: 'imp_secret_very_private_1234' };
const V2_SECRET = 'portone_v2_secret_very_private_1234';

let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v1: V1, v2: { apiSecret: V2_SECRET } });
});
afterEach(() => fake.close());

const v1Server = (baseUrl = fake.url, timeoutMs?: number) => createIamportServer({ ...V1, baseUrl, timeoutMs });
const v2Server = (baseUrl = fake.url) => createPortOneServer({ apiSecret: V2_SECRET, baseUrl });
const member42: VerifyHandlerOptions['authorize'] = async () => ({ customerId: 'member_42' });

/** The browser's POST of a result (what verifyWith sends). */
const post = (body: unknown) =>
  new Request('https://shop.example/api/billing/verify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function answer(response: Response): Promise<[number, unknown]> {
  return [response.status, await response.json()];
}

describe('createVerifyHandler (v1)', () => {
  it("200 { ok: true } for the signed-in buyer's key; onVerified gets it to save", async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card_1', customer_id: 'member_42' });
    const onVerified = vi.fn();
    const handler = createVerifyHandler(v1Server(), { authorize: member42, onVerified });
    const response = await handler(
      post({ customerUid: 'member_42_card_1', merchantUid: 'm1', impUid: 'imp_1', verified: false }),
    );
    expect(await answer(response)).toEqual([200, { ok: true }]);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(onVerified).toHaveBeenCalledWith(
      {
        generation: 'v1',
        customerUid: 'member_42_card_1',
        customerId: 'member_42',
        info: expect.objectContaining({ customer_id: 'member_42' }),
      },
      expect.any(Request),
    );
  });

  it('401 UNAUTHORIZED when authorize (sync or async) finds nobody, and PortOne is not called', async () => {
    for (const authorize of [() => null, async () => null]) {
      const handler = createVerifyHandler(v1Server(), { authorize });
      expect(await answer(await handler(post({ customerUid: 'member_42_card_1' })))).toEqual([
        401,
        { ok: false, reason: 'UNAUTHORIZED' },
      ]);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('maps every refusal to its status: MISMATCH 403, NOT_FOUND 404, TEST_KEY 422 (allowTest accepts), a malformed body 400', async () => {
    fake.v1.addCustomer({ customer_uid: 'member_7_card', customer_id: 'member_7' });
    fake.v1.addCustomer({ customer_uid: 'member_42_test', customer_id: 'member_42', sandbox: true });
    const handler = createVerifyHandler(v1Server(), { authorize: member42 });
    expect(await answer(await handler(post({ customerUid: 'member_7_card' })))).toEqual([403, { ok: false, reason: 'MISMATCH' }]);
    expect(await answer(await handler(post({ customerUid: 'member_42_gone' })))).toEqual([
      404,
      { ok: false, reason: 'NOT_FOUND' },
    ]);
    expect(await answer(await handler(post({ customerUid: 'member_42_test' })))).toEqual([
      422,
      { ok: false, reason: 'TEST_KEY' },
    ]);
    const testShop = createVerifyHandler(v1Server(), { authorize: member42, allowTest: true });
    expect(await answer(await testShop(post({ customerUid: 'member_42_test' })))).toEqual([200, { ok: true }]);
    for (const body of ['{not json', '[]', 'null', { customerUid: 42 }, { billingKey: 'bk' }, {}]) {
      expect(await answer(await handler(post(body)))).toEqual([400, { ok: false, reason: 'INVALID_REQUEST' }]);
    }
    const get = await handler(new Request('https://shop.example/api/billing/verify'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('a PortOne failure is 502 PORTONE_ERROR, no answer at all 503 NETWORK', async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card_1', customer_id: 'member_42' });
    fake.fail({ path: '/subscribe/', status: 500, body: { code: -1, message: 'internal' } });
    const handler = createVerifyHandler(v1Server(), { authorize: member42 });
    expect(await answer(await handler(post({ customerUid: 'member_42_card_1' })))).toEqual([
      502,
      { ok: false, reason: 'PORTONE_ERROR' },
    ]);
    fake.fail({ path: '/subscribe/', hang: true });
    const impatient = createVerifyHandler(v1Server(fake.url, 300), { authorize: member42 });
    expect(await answer(await impatient(post({ customerUid: 'member_42_card_1' })))).toEqual([
      502,
      { ok: false, reason: 'PORTONE_ERROR' },
    ]);

    const offline = createVerifyHandler(v1Server(`http://127.0.0.1:${await closedPort()}`), { authorize: member42 });
    expect(await answer(await offline(post({ customerUid: 'member_42_card_1' })))).toEqual([
      503,
      { ok: false, reason: 'NETWORK' },
    ]);
  });

  it("the shop's own exceptions (authorize, onVerified) are not swallowed", async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card_1', customer_id: 'member_42' });
    const broken = createVerifyHandler(v1Server(), {
      authorize: member42,
      onVerified: () => {
        throw new Error('database down');
      },
    });
    await expect(broken(post({ customerUid: 'member_42_card_1' }))).rejects.toThrow('database down');
  });
});

describe('createVerifyHandler (v2)', () => {
  it("200 for the buyer's key, checked with the posted issueId; 403 for another attempt's issueId", async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_1', customer: { id: 'member_42' }, issueId: 'issue_1' });
    const handler = createVerifyHandler(v2Server(), { authorize: member42 });
    const result = {
      billingKey: 'bk_1',
      issueId: 'issue_1',
      pg: 'tosspayments',
      needsConfirmation: false,
      billingIssueToken: null,
    };
    expect(await answer(await handler(post(result)))).toEqual([200, { ok: true }]);
    expect(await answer(await handler(post({ ...result, issueId: 'issue_2' })))).toEqual([
      403,
      { ok: false, reason: 'MISMATCH' },
    ]);
  });

  it('needsConfirmation: confirms with the billingIssueToken first, then checks the key; 200 carries the confirmed billingKey', async () => {
    fake.v2.pendingConfirmations.set(
      'token_1',
      fake.v2.addBillingKey({ billingKey: 'bk_confirmed', customer: { id: 'member_42' }, issueId: 'issue_9' }),
    );
    fake.v2.billingKeys.delete('bk_confirmed');
    const handler = createVerifyHandler(v2Server(), { authorize: member42 });
    const result = { billingKey: null, issueId: 'issue_9', needsConfirmation: true, billingIssueToken: 'token_1' };
    expect(await answer(await handler(post(result)))).toEqual([200, { ok: true, billingKey: 'bk_confirmed' }]);
    const calls = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual(['POST /billing-keys/confirm', 'GET /billing-keys/bk_confirmed']);
    // The token is spent: PortOne no longer knows it.
    expect(await answer(await handler(post(result)))).toEqual([404, { ok: false, reason: 'NOT_FOUND' }]);
    expect(await answer(await handler(post({ ...result, billingIssueToken: undefined })))).toEqual([
      400,
      { ok: false, reason: 'INVALID_REQUEST' },
    ]);
  });

  it('needsConfirmation: a key it confirmed and then refuses (another buyer, TEST_KEY) is deleted again, not left live', async () => {
    fake.v2.pendingConfirmations.set('token_7', fake.v2.addBillingKey({ billingKey: 'bk_of_7', customer: { id: 'member_7' } }));
    fake.v2.pendingConfirmations.set(
      'token_test',
      fake.v2.addBillingKey({
        billingKey: 'bk_test',
        customer: { id: 'member_42' },
        channels: [{ type: 'TEST', pgProvider: 'TOSSPAYMENTS', pgMerchantId: 't' }],
      }),
    );
    for (const key of ['bk_of_7', 'bk_test']) fake.v2.billingKeys.delete(key);
    const handler = createVerifyHandler(v2Server(), { authorize: member42 });
    const confirm = (billingIssueToken: string) => post({ needsConfirmation: true, billingIssueToken });
    expect(await answer(await handler(confirm('token_7')))).toEqual([403, { ok: false, reason: 'MISMATCH' }]);
    expect(await answer(await handler(confirm('token_test')))).toEqual([422, { ok: false, reason: 'TEST_KEY' }]);
    expect(fake.v2.billingKeys.get('bk_of_7')?.status).toBe('DELETED');
    expect(fake.v2.billingKeys.get('bk_test')?.status).toBe('DELETED');
    const deletion = fake.requests.find((r) => r.method === 'DELETE');
    expect(deletion?.query.get('requester')).toBe('ADMIN');
  });

  it('needsConfirmation: a confirmed key whose onVerified throws (not saved) is deleted again; the error stands', async () => {
    fake.v2.pendingConfirmations.set('token_1', fake.v2.addBillingKey({ billingKey: 'bk_new', customer: { id: 'member_42' } }));
    fake.v2.billingKeys.delete('bk_new');
    const saveFailed = new Error('database down');
    const handler = createVerifyHandler(v2Server(), {
      authorize: member42,
      onVerified: () => {
        throw saveFailed;
      },
    });
    await expect(handler(post({ needsConfirmation: true, billingIssueToken: 'token_1' }))).rejects.toBe(saveFailed);
    expect(fake.v2.billingKeys.get('bk_new')?.status).toBe('DELETED');
  });

  it('DELETED and NOT_FOUND are 404, TEST_KEY 422, a wrong buyer 403, a PortOne outage 502', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_deleted', status: 'DELETED', deletedAt: new Date().toISOString() });
    fake.v2.addBillingKey({ billingKey: 'bk_test', channels: [{ type: 'TEST', pgProvider: 'TOSSPAYMENTS', pgMerchantId: 't' }] });
    fake.v2.addBillingKey({ billingKey: 'bk_7', customer: { id: 'member_7' } });
    fake.v2.addBillingKey({ billingKey: 'bk_1', customer: { id: 'member_42' } });
    const handler = createVerifyHandler(v2Server(), { authorize: member42 });
    const status = async (billingKey: string) => answer(await handler(post({ billingKey, issueId: null })));
    expect(await status('bk_deleted')).toEqual([404, { ok: false, reason: 'DELETED' }]);
    expect(await status('bk_unknown')).toEqual([404, { ok: false, reason: 'NOT_FOUND' }]);
    expect(await status('bk_test')).toEqual([422, { ok: false, reason: 'TEST_KEY' }]);
    expect(await status('bk_7')).toEqual([403, { ok: false, reason: 'MISMATCH' }]);
    fake.fail({ path: '/billing-keys', status: 503, html: '<html>upstream down</html>' });
    expect(await status('bk_1')).toEqual([502, { ok: false, reason: 'PORTONE_ERROR' }]);
    expect(await status('bk_1')).toEqual([200, { ok: true }]);
  });
});
