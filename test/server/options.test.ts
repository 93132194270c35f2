// A server's options are checked when it is created: a mistake in configuration is a typed INVALID_REQUEST at start-up
// (naming the option, never echoing a secret), not an untyped TypeError on the first charge or every webhook refused.
import { describe, expect, it } from 'vitest';
import { BillingServerError, createIamportServer, createPortOneServer, createVerifyHandler } from '../../src/server';

const V1 = { apiKey: 'imp_apikey_test', apiSecret: 'imp_secret_very_private_1234' };
const V2_SECRET = 'portone_v2_secret_very_private_1234';

function creationError(create: () => unknown): BillingServerError {
  let error: unknown;
  try {
    create();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(BillingServerError);
  return error as BillingServerError;
}

describe('server options', () => {
  it('a baseUrl that is not an http(s) URL (no scheme, a typo) is INVALID_REQUEST naming baseUrl, for v1 and v2', () => {
    for (const baseUrl of ['api.iamport.kr', 'htps://api.iamport.kr', 'ftp://127.0.0.1', '', 42]) {
      const v1 = creationError(() => createIamportServer({ ...V1, baseUrl: baseUrl as string }));
      expect(v1).toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringContaining('baseUrl') });
      const v2 = creationError(() => createPortOneServer({ apiSecret: V2_SECRET, baseUrl: baseUrl as string }));
      expect(v2).toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringContaining('baseUrl') });
    }
    expect(() => createIamportServer({ ...V1, baseUrl: 'http://127.0.0.1:8080/iamport' })).not.toThrow();
    expect(() => createPortOneServer({ apiSecret: V2_SECRET, baseUrl: 'https://api.portone.io' })).not.toThrow();
  });

  it('a webhookSecret the signature check cannot read (not whsec_ + base64) is INVALID_REQUEST, without echoing it', () => {
    for (const webhookSecret of ['my plain secret!', 'whsec_***not-base64***', 42]) {
      const error = creationError(() => createPortOneServer({ apiSecret: V2_SECRET, webhookSecret: webhookSecret as string }));
      expect(error.code).toBe('INVALID_REQUEST');
      expect(error.message).toContain('webhookSecret');
      expect(JSON.stringify(error) + error.stack).not.toContain(String(webhookSecret));
    }
    const whsec = `whsec_${Buffer.from('webhook secret').toString('base64')}`;
    expect(() => createPortOneServer({ apiSecret: V2_SECRET, webhookSecret: whsec })).not.toThrow();
    // Left out (or empty, an unset environment variable): the server works, and every webhook is INVALID_SIGNATURE.
    expect(() => createPortOneServer({ apiSecret: V2_SECRET, webhookSecret: '' })).not.toThrow();
  });

  it('a storeId that is not a non-empty string is INVALID_REQUEST', () => {
    for (const storeId of ['', 7, {}]) {
      expect(creationError(() => createPortOneServer({ apiSecret: V2_SECRET, storeId: storeId as string }))).toMatchObject({
        code: 'INVALID_REQUEST',
        message: expect.stringContaining('storeId'),
      });
    }
  });
});

describe('createVerifyHandler options', () => {
  it('a server that is not one (a promise of one, a factory, nothing) is INVALID_REQUEST at creation', () => {
    const authorize = () => ({ customerId: 'member_42' });
    const v1 = createIamportServer(V1);
    for (const server of [Promise.resolve(v1), () => v1, undefined, {}]) {
      expect(creationError(() => createVerifyHandler(server as never, { authorize }))).toMatchObject({
        code: 'INVALID_REQUEST',
        message: expect.stringContaining('createIamportServer'),
      });
    }
    expect(() => createVerifyHandler(v1, { authorize })).not.toThrow();
  });
});

describe('v2 arguments PortOne would refuse', () => {
  it("listBillingKeys' status must be an array of ISSUED / DELETED; deleteBillingKey's requester CUSTOMER or ADMIN", async () => {
    const v2 = createPortOneServer({ apiSecret: V2_SECRET, baseUrl: 'http://127.0.0.1:9' });
    for (const status of ['ISSUED', ['ISSUED', 'REVOKED'], 1]) {
      const listing = v2.listBillingKeys({ customerId: 'member_42', status: status as never });
      await expect(listing).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringContaining('status') });
    }
    for (const requester of ['USER', 'customer', 3]) {
      const deletion = v2.deleteBillingKey('bk_1', { requester: requester as never });
      await expect(deletion).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringContaining('requester') });
    }
  });
});

describe('charge inputs that are not objects', () => {
  it('params, buyer (v1) and params, customer (v2) that are not plain objects are INVALID_REQUEST; nothing is charged', async () => {
    const v1 = createIamportServer({ ...V1, baseUrl: 'http://127.0.0.1:9' });
    const v2 = createPortOneServer({ apiSecret: V2_SECRET, baseUrl: 'http://127.0.0.1:9' });
    const v1Charge = { customerUid: 'member_42_card_1', merchantUid: 'order_1', amount: 9900, name: '월간 이용권' };
    const v2Charge = { paymentId: 'payment_1', billingKey: 'bk_1', orderName: '월간 이용권', amount: 9900 };
    for (const odd of ['tax_free=0', ['x'], null]) {
      for (const charge of [
        v1.charge({ ...v1Charge, params: odd as never }),
        v1.charge({ ...v1Charge, buyer: odd as never }),
        v2.chargeBillingKey({ ...v2Charge, params: odd as never }),
        v2.chargeBillingKey({ ...v2Charge, customer: odd as never }),
      ]) {
        await expect(charge).rejects.toMatchObject({
          code: 'INVALID_REQUEST',
          message: expect.stringMatching(/must be an object/),
        });
      }
    }
  });
});
