import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signWebhook, startFakePortOne, type FakePortOne, type FakeRequest } from '../../scripts/fake-portone.mjs';
import { createIamportServer, createPortOneServer, createVerifyHandler } from '../../src/server';
import { rejection } from './support';

// Secrets long and distinctive enough that any copy of them is found.
const V1 = { apiKey: 'imp_apikey_public', apiSecret: 'IMP-SECRET-9f8e7d6c5b4a39281706' };
const V2_SECRET = 'PORTONE-V2-SECRET-0a1b2c3d4e5f60718293';
const WEBHOOK_SECRET = `whsec_${Buffer.from('WEBHOOK-SECRET-for-the-leak-test').toString('base64')}`;

let fake: FakePortOne;
const logged: unknown[][] = [];
beforeEach(async () => {
  fake = await startFakePortOne({ v1: V1, v2: { apiSecret: V2_SECRET } });
  logged.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args));
  }
});
afterEach(() => fake.close());

/** Every access token the fake handed out. */
const accessTokens = () =>
  fake.requests
    .map((r) => String(r.headers.authorization ?? ''))
    .filter((h) => h.startsWith('Bearer '))
    .map((h) => h.slice('Bearer '.length));

/** Every text an error can end up as: message, stack, String(), JSON, util.inspect (hidden fields, causes) — recursively. */
function textsOf(value: unknown, depth = 0): string[] {
  if (depth > 5 || value === null || value === undefined) return [];
  if (typeof value !== 'object') return [String(value)];
  const texts = [inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? ''];
  if (value instanceof Error) texts.push(String(value), value.message, value.stack ?? '', ...textsOf(value.cause, depth + 1));
  for (const key of Object.getOwnPropertyNames(value)) texts.push(...textsOf((value as Record<string, unknown>)[key], depth + 1));
  return texts;
}

function expectNoSecret(texts: string[], secrets: string[]) {
  for (const secret of secrets) {
    for (const text of texts) expect(text.includes(secret), `a secret leaked into: ${text.slice(0, 300)}`).toBe(false);
  }
}

/** A PortOne error answer that quotes the request's credentials back (the worst case of a verbose gateway). */
const echo = (request: FakeRequest) => ({
  code: -1,
  type: 'UNAUTHORIZED',
  message: `rejected ${String(request.headers.authorization)} ${request.raw}`,
});

// Many PortOne round trips per test: give a loaded machine room.
describe('no secret in an error, an answer or a log line', { timeout: 20_000 }, () => {
  it('v1: token failures, refused tokens, PortOne errors quoting the credentials, time-outs, network errors', async () => {
    fake.v1.addCustomer({ customer_uid: 'k', customer_id: 'member_42' });
    const v1 = createIamportServer({ ...V1, baseUrl: fake.url });
    const errors: unknown[] = [];
    fake.fail({ path: '/users/getToken', status: 500, body: echo });
    errors.push(await rejection(v1.verifyCustomer('k')));
    await v1.verifyCustomer('k'); // a token is cached now
    fake.fail({ path: '/subscribe/', status: 500, body: echo });
    errors.push(await rejection(v1.verifyCustomer('k')));
    fake.fail({ path: '/subscribe/', status: 200, body: echo });
    errors.push(await rejection(v1.charge({ customerUid: 'k', merchantUid: 'o1', amount: 100, name: 'n' })));
    fake.fail({ path: '/subscribe/', status: 401, body: echo, times: 2 });
    errors.push(await rejection(v1.deleteCustomer('k')));
    fake.fail({ path: '/payments/', hang: true });
    errors.push(await rejection(createIamportServer({ ...V1, baseUrl: fake.url, timeoutMs: 200 }).getPayment('imp_1')));
    errors.push(await rejection(createIamportServer({ ...V1, baseUrl: 'http://127.0.0.1:9' }).verifyCustomer('k')));
    const wrong = createIamportServer({ apiKey: V1.apiKey, apiSecret: `${V1.apiSecret}-WRONG`, baseUrl: fake.url });
    errors.push(await rejection(wrong.verifyCustomer('k')));

    const tokens = accessTokens();
    expect(tokens.length).toBeGreaterThan(0);
    expectNoSecret(
      errors.flatMap((e) => textsOf(e)),
      [V1.apiSecret, ...tokens],
    );
    expect(logged).toEqual([]);
  });

  it('v2: PortOne errors quoting the secret, gateway pages, time-outs, network errors, webhook failures', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_1' });
    const v2 = createPortOneServer({ apiSecret: V2_SECRET, webhookSecret: WEBHOOK_SECRET, baseUrl: fake.url });
    const errors: unknown[] = [];
    fake.fail({ path: '/billing-keys', status: 401, body: echo });
    errors.push(await rejection(v2.verifyBillingKey('bk_1')));
    fake.fail({ path: '/payments/', status: 400, body: echo });
    errors.push(await rejection(v2.chargeBillingKey({ paymentId: 'p1', billingKey: 'bk_1', orderName: 'o', amount: 100 })));
    fake.fail({ path: '/billing-keys', status: 502, html: `<html>${V2_SECRET}</html>` });
    errors.push(await rejection(v2.deleteBillingKey('bk_1')));
    fake.fail({ path: '/billing-keys', hang: true });
    errors.push(
      await rejection(
        createPortOneServer({ apiSecret: V2_SECRET, baseUrl: fake.url, timeoutMs: 200 }).listBillingKeys({
          customerId: 'member_42',
        }),
      ),
    );
    errors.push(
      await rejection(createPortOneServer({ apiSecret: V2_SECRET, baseUrl: 'http://127.0.0.1:9' }).verifyBillingKey('bk_1')),
    );
    const body = JSON.stringify({ type: 'BillingKey.Issued', timestamp: new Date().toISOString(), data: { billingKey: 'bk_1' } });
    const forged = new Request('https://shop.example/webhook', {
      method: 'POST',
      body,
      headers: signWebhook(`whsec_${Buffer.from('not the secret').toString('base64')}`, body),
    });
    errors.push(await rejection(v2.handleWebhook(forged)));
    // A secret the signature check cannot read is refused when the server is created, without echoing it.
    errors.push(
      await rejection(
        Promise.resolve().then(() =>
          createPortOneServer({ apiSecret: V2_SECRET, webhookSecret: 'whsec_%%%not-base64%%%', baseUrl: fake.url }),
        ),
      ),
    );

    expectNoSecret(
      errors.flatMap((e) => textsOf(e)),
      [V2_SECRET, WEBHOOK_SECRET, WEBHOOK_SECRET.slice('whsec_'.length), 'not-base64'],
    );
    expect(logged).toEqual([]);
  });

  it("the verify handler's answers carry a reason, never a secret or PortOne's words", async () => {
    fake.v1.addCustomer({ customer_uid: 'k', customer_id: 'member_42' });
    const handler = createVerifyHandler(createIamportServer({ ...V1, baseUrl: fake.url }), {
      authorize: () => ({ customerId: 'member_42' }),
    });
    const post = () => new Request('https://shop.example/verify', { method: 'POST', body: JSON.stringify({ customerUid: 'k' }) });
    const answers: string[] = [];
    fake.fail({ path: '/users/getToken', status: 500, body: echo });
    answers.push(await (await handler(post())).text());
    answers.push(await (await handler(post())).text());
    fake.fail({ path: '/subscribe/', status: 500, body: echo });
    answers.push(await (await handler(post())).text());
    expect(answers).toEqual(['{"ok":false,"reason":"PORTONE_ERROR"}', '{"ok":true}', '{"ok":false,"reason":"PORTONE_ERROR"}']);
    expectNoSecret(answers, [V1.apiSecret, ...accessTokens()]);
    expect(logged).toEqual([]);
  });
});
