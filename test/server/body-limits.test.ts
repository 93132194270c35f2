// The webhook endpoints are public and the verify endpoint takes the browser's body: a body of megabytes (declared or
// streamed without a length) is refused with INVALID_REQUEST once it passes the limit, before it is parsed and before
// PortOne is called — a shop's route handler never holds an attacker's megabytes in memory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signWebhook, startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { createIamportServer, createPortOneServer, createVerifyHandler } from '../../src/server';
import { rejection } from './support';

const V1 = { apiKey: 'imp_apikey_test', apiSecret: 'imp_secret_very_private_1234' };
const V2_SECRET = 'portone_v2_secret_very_private_1234';
const WEBHOOK_SECRET = `whsec_${Buffer.from('webhook secret for the tests 01').toString('base64')}`;
/** 2 MB of padding: far over any PortOne notice or browser result. */
const PADDING = 'x'.repeat(2 * 1024 * 1024);

let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v1: V1, v2: { apiSecret: V2_SECRET } });
});
afterEach(() => fake.close());

const v1 = () => createIamportServer({ ...V1, baseUrl: fake.url });
const v2 = () => createPortOneServer({ apiSecret: V2_SECRET, webhookSecret: WEBHOOK_SECRET, baseUrl: fake.url });

/** A body sent as a stream, so no content-length tells its size up front. */
function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 16 * 1024));
      offset += 16 * 1024;
    },
  });
}

const request = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request('https://shop.example/hook', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);

describe('bodies over the limit', () => {
  it('v1 handleWebhook: a 2 MB notice (sized or streamed) is INVALID_REQUEST; PortOne is not asked', async () => {
    fake.v1.addPayment({ imp_uid: 'imp_1', merchant_uid: 'order_1' });
    const body = JSON.stringify({ imp_uid: 'imp_1', merchant_uid: 'order_1', padding: PADDING });
    expect((await rejection(v1().handleWebhook(request(body)))).code).toBe('INVALID_REQUEST');
    expect((await rejection(v1().handleWebhook(request(streamed(body))))).code).toBe('INVALID_REQUEST');
    expect(fake.requests).toEqual([]);
    // An ordinary notice still reads.
    const small = JSON.stringify({ imp_uid: 'imp_1', merchant_uid: 'order_1', status: 'paid' });
    expect(await v1().handleWebhook(request(streamed(small)))).toMatchObject({ impUid: 'imp_1', status: 'paid' });
  });

  it('v2 handleWebhook: a signed 2 MB event is INVALID_REQUEST, never verified or parsed', async () => {
    const body = JSON.stringify({
      type: 'BillingKey.Issued',
      timestamp: new Date().toISOString(),
      data: { billingKey: 'bk_1', padding: PADDING },
    });
    const error = await rejection(v2().handleWebhook(request(body, signWebhook(WEBHOOK_SECRET, body))));
    expect(error.code).toBe('INVALID_REQUEST');
    const small = JSON.stringify({
      type: 'BillingKey.Issued',
      timestamp: new Date().toISOString(),
      data: { billingKey: 'bk_1' },
    });
    expect(await v2().handleWebhook(request(streamed(small), signWebhook(WEBHOOK_SECRET, small)))).toMatchObject({
      type: 'BillingKey.Issued',
    });
  });

  it('createVerifyHandler: a 2 MB result is 400 INVALID_REQUEST; PortOne is not asked', async () => {
    fake.v1.addCustomer({ customer_uid: 'member_42_card_1', customer_id: 'member_42' });
    const handler = createVerifyHandler(v1(), { authorize: () => ({ customerId: 'member_42' }) });
    const body = JSON.stringify({ customerUid: 'member_42_card_1', response: { padding: PADDING } });
    for (const sent of [body, streamed(body)]) {
      const response = await handler(request(sent));
      expect([response.status, await response.json()]).toEqual([400, { ok: false, reason: 'INVALID_REQUEST' }]);
    }
    expect(fake.requests).toEqual([]);
  });
});
