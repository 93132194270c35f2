// A v1-only shop does not install @portone/server-sdk: the entry still loads and v1 works; a v2 call then fails with
// a typed error that says what to install — and passing the module as `sdk` needs no loading at all.
import { describe, expect, it, vi } from 'vitest';
import { createIamportServer, createPortOneServer } from '../../src/server';

vi.mock('@portone/server-sdk', () => {
  throw new Error("Cannot find package '@portone/server-sdk'");
});

describe('without @portone/server-sdk', () => {
  it('v2 calls reject with INVALID_REQUEST naming the package; v1 servers are unaffected', async () => {
    expect(createIamportServer({ apiKey: 'key', apiSecret: 'secret' }).generation).toBe('v1');
    const v2 = createPortOneServer({ apiSecret: 'secret', webhookSecret: 'whsec_c2VjcmV0', baseUrl: 'http://127.0.0.1:9' });
    for (const call of [
      () => v2.verifyBillingKey('bk_1'),
      () => v2.handleWebhook(new Request('https://shop.example/', { method: 'POST', body: '{}' })),
    ]) {
      await expect(call()).rejects.toMatchObject({
        name: 'BillingServerError',
        code: 'INVALID_REQUEST',
        message: expect.stringContaining('npm install @portone/server-sdk'),
      });
    }
  });
});
