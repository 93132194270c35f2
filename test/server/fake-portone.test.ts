// The fake PortOne and the requests this entry sends, checked against PortOne's published API descriptions
// (portone-openapi-extract.json: the operations and schemas used, extracted from src/schema/v1.openapi.json and
// v2.openapi.json of portone-io/developers.portone.io — see its "source"). A fake that drifts from PortOne would make
// every other test here prove nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_ROUTES, startFakePortOne, type FakePortOne } from '../../scripts/fake-portone.mjs';
import { createIamportServer, createPortOneServer } from '../../src/server';
import extract from './portone-openapi-extract.json';

interface Schema {
  required: string[];
  properties: string[];
  discriminator?: string[];
}
interface Operation {
  parameters: { name: string; in: string; required: boolean }[];
  responses: string[] | Record<string, string | null>;
}
const v1Paths = extract.v1.paths as Record<string, Record<string, Operation>>;
const v2Paths = extract.v2.paths as Record<string, Record<string, Operation>>;
const v1Defs = extract.v1.definitions as Record<string, Schema>;
const v2Schemas = extract.v2.schemas as Record<string, Schema>;

/** An object's keys are the schema's properties, and its required ones are there. */
function expectShape(value: unknown, schema: Schema | undefined, what: string) {
  expect(schema, `${what}: schema missing from the extract`).toBeDefined();
  const keys = Object.keys(value as object);
  expect(
    keys.filter((key) => !schema!.properties.includes(key)),
    `${what}: fields the API description does not have`,
  ).toEqual([]);
  expect(
    schema!.required.filter((key) => !keys.includes(key)),
    `${what}: required fields missing`,
  ).toEqual([]);
}

const V1 = { apiKey: 'imp_apikey', apiSecret: 'imp_secret_0000' };
const V2_SECRET = 'portone_secret_0000';
let fake: FakePortOne;
beforeEach(async () => {
  fake = await startFakePortOne({ v1: V1, v2: { apiSecret: V2_SECRET } });
});
afterEach(() => fake.close());

describe('the fake PortOne follows the API descriptions', () => {
  it('answers only operations the descriptions have, with their methods', () => {
    for (const route of FAKE_ROUTES) {
      const paths = route.generation === 'v1' ? v1Paths : v2Paths;
      expect(paths[route.path]?.[route.method], `${route.generation} ${route.method} ${route.path}`).toBeDefined();
    }
  });

  it("v1: answers in the { code, message, response } envelope with the descriptions' fields", async () => {
    const tokenAnswer = await (
      await fetch(`${fake.url}/users/getToken`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ imp_key: V1.apiKey, imp_secret: V1.apiSecret }),
      })
    ).json();
    expectShape(
      tokenAnswer,
      v1Defs.ResponseAnnotation && {
        ...v1Defs.ResponseAnnotation,
        properties: [...v1Defs.ResponseAnnotation.properties, 'response'],
      },
      'getToken envelope',
    );
    expectShape(tokenAnswer.response, v1Defs.AuthAnnotation, 'AuthAnnotation');
    const auth = { Authorization: `Bearer ${tokenAnswer.response.access_token}` };

    fake.v1.addCustomer({ customer_uid: 'k', customer_id: 'member_42' });
    const customer = await (await fetch(`${fake.url}/subscribe/customers/k`, { headers: auth })).json();
    expectShape(customer.response, v1Defs.CustomerAnnotation, 'CustomerAnnotation');
    const missing = await fetch(`${fake.url}/subscribe/customers/nobody`, { headers: auth });
    expect(v1Paths['/subscribe/customers/{customer_uid}']!.get!.responses).toContain(String(missing.status));

    const payment = await (
      await fetch(`${fake.url}/subscribe/payments/again`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ customer_uid: 'k', merchant_uid: 'o1', amount: 100, name: 'n' }),
      })
    ).json();
    expectShape(payment.response, v1Defs.PaymentAnnotation, 'PaymentAnnotation (again)');
    const read = await (await fetch(`${fake.url}/payments/${payment.response.imp_uid}`, { headers: auth })).json();
    expectShape(read.response, v1Defs.PaymentAnnotation, 'PaymentAnnotation (GET)');
    const unauthorized = await fetch(`${fake.url}/payments/${payment.response.imp_uid}`);
    expect(v1Paths['/payments/{imp_uid}']!.get!.responses).toContain(String(unauthorized.status));
  });

  it("v2: answers with the descriptions' schemas, and errors with a type of the operation's error union", async () => {
    const auth = { Authorization: `PortOne ${V2_SECRET}` };
    const key = fake.v2.addBillingKey({ billingKey: 'bk_1' });
    expectShape(key, v2Schemas.IssuedBillingKeyInfo, 'IssuedBillingKeyInfo');
    for (const channel of key.channels) expectShape(channel, v2Schemas.SelectedChannel, 'SelectedChannel');
    expectShape(key.customer, v2Schemas.Customer, 'Customer');

    const list = await (
      await fetch(`${fake.url}/billing-keys?requestBody=${encodeURIComponent('{"filter":{"customerId":"member_42"}}')}`, {
        headers: auth,
      })
    ).json();
    expectShape(list, v2Schemas.GetBillingKeyInfosResponse, 'GetBillingKeyInfosResponse');
    expectShape(list.page, v2Schemas.PageInfo, 'PageInfo');

    const missing = await fetch(`${fake.url}/billing-keys/bk_none`, { headers: auth });
    expect(Object.keys(v2Paths['/billing-keys/{billingKey}']!.get!.responses)).toContain(String(missing.status));
    expect(v2Schemas.GetBillingKeyInfoError!.discriminator).toContain((await missing.json()).type);

    const deleted = await (await fetch(`${fake.url}/billing-keys/bk_1`, { method: 'DELETE', headers: auth })).json();
    expectShape(deleted, v2Schemas.DeleteBillingKeyResponse, 'DeleteBillingKeyResponse');
    expectShape(fake.v2.billingKeys.get('bk_1'), v2Schemas.DeletedBillingKeyInfo, 'DeletedBillingKeyInfo');
    const again = await fetch(`${fake.url}/billing-keys/bk_1`, { method: 'DELETE', headers: auth });
    expect(Object.keys(v2Paths['/billing-keys/{billingKey}']!.delete!.responses)).toContain(String(again.status));
    expect(v2Schemas.DeleteBillingKeyError!.discriminator).toContain((await again.json()).type);

    fake.v2.pendingConfirmations.set('t1', fake.v2.addBillingKey({ billingKey: 'bk_2' }));
    const confirmed = await (
      await fetch(`${fake.url}/billing-keys/confirm`, { method: 'POST', headers: auth, body: '{"billingIssueToken":"t1"}' })
    ).json();
    expectShape(confirmed, v2Schemas.ConfirmedBillingKeySummary, 'ConfirmedBillingKeySummary');

    const paid = await (
      await fetch(`${fake.url}/payments/p1/billing-key`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ billingKey: 'bk_2', orderName: 'o', amount: { total: 100 }, currency: 'KRW' }),
      })
    ).json();
    expectShape(paid, v2Schemas.PayWithBillingKeyResponse, 'PayWithBillingKeyResponse');
    expectShape(paid.payment, v2Schemas.BillingKeyPaymentSummary, 'BillingKeyPaymentSummary');
    const read = await (await fetch(`${fake.url}/payments/p1`, { headers: auth })).json();
    expect(v2Schemas.Payment!.discriminator).toContain(read.status);
    expectShape(read, v2Schemas.PaidPayment, 'PaidPayment');
    expectShape(read.amount, v2Schemas.PaymentAmount, 'PaymentAmount');
    expectShape(read.origin, v2Schemas.PaymentOrigin, 'PaymentOrigin');
    const unknown = await fetch(`${fake.url}/payments/p_unknown`, { headers: auth });
    expect(Object.keys(v2Paths['/payments/{paymentId}']!.get!.responses)).toContain(String(unknown.status));
    expect(v2Schemas.GetPaymentError!.discriminator).toContain((await unknown.json()).type);
    const unauthorized = await fetch(`${fake.url}/billing-keys/bk_2`);
    expect(v2Schemas.GetBillingKeyInfoError!.discriminator).toContain((await unauthorized.json()).type);
  });
});

describe('what this entry sends follows the API descriptions', () => {
  it('v1: parameters of getToken, GET/DELETE customers, payments/again, GET payments', async () => {
    fake.v1.addCustomer({ customer_uid: 'k', customer_id: 'member_42' });
    fake.v1.addPayment({ imp_uid: 'imp_1', sandbox: true });
    const v1 = createIamportServer({ ...V1, baseUrl: fake.url });
    await v1.verifyCustomer('k');
    await v1.charge({
      customerUid: 'k',
      merchantUid: 'o1',
      amount: 100,
      name: 'n',
      currency: 'KRW',
      buyer: { name: 'a', email: 'b@c.d', tel: '1', addr: 'x', postcode: '1' },
      noticeUrl: 'https://shop.example/hook',
      customData: '{}',
    });
    await v1.getPayment('imp_1', { includeSandbox: true });
    await v1.deleteCustomer('k', { reason: 'r', requester: 'customer' });
    const names = (path: string, method: string, where: string) =>
      v1Paths[path]![method]!.parameters.filter((p) => p.in === where).map((p) => p.name);
    for (const request of fake.requests) {
      const route = FAKE_ROUTES.find(
        (r) =>
          r.generation === 'v1' &&
          r.method === request.method.toLowerCase() &&
          new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(request.path),
      );
      expect(route, `${request.method} ${request.path}`).toBeDefined();
      const formNames = names(route!.path, route!.method, 'formData');
      expect(
        Object.keys(request.body ?? {}).filter((k) => !formNames.includes(k)),
        `${route!.path} body`,
      ).toEqual([]);
      const queryNames = names(route!.path, route!.method, 'query');
      expect(
        [...request.query.keys()].filter((k) => !queryNames.includes(k)),
        `${route!.path} query`,
      ).toEqual([]);
    }
  });

  it('v2 (through the SDK): list filter and page, confirm body, payment input', async () => {
    fake.v2.addBillingKey({ billingKey: 'bk_1', customer: { id: 'member_42' } });
    fake.v2.pendingConfirmations.set('t1', fake.v2.addBillingKey({ billingKey: 'bk_2' }));
    const v2 = createPortOneServer({ apiSecret: V2_SECRET, storeId: 'store-1', baseUrl: fake.url });
    await v2.listBillingKeys({ customerId: 'member_42', status: ['ISSUED'] });
    await v2.confirmBillingKey('t1');
    await v2.chargeBillingKey({
      paymentId: 'p1',
      billingKey: 'bk_1',
      orderName: 'o',
      amount: 100,
      customer: { id: 'member_42' },
    });
    const [list, confirm, pay] = fake.requests;
    const listBody = JSON.parse(list!.query.get('requestBody')!);
    expect(Object.keys(listBody).filter((k) => !v2Schemas.GetBillingKeyInfosBody!.properties.includes(k))).toEqual([]);
    expectShape(listBody.filter, v2Schemas.BillingKeyFilterInput, 'BillingKeyFilterInput');
    expectShape(listBody.page, v2Schemas.PageInput, 'PageInput');
    expectShape(confirm!.body, v2Schemas.ConfirmBillingKeyBody, 'ConfirmBillingKeyBody');
    expectShape(pay!.body, v2Schemas.BillingKeyPaymentInput, 'BillingKeyPaymentInput');
    expectShape(pay!.body.amount, v2Schemas.PaymentAmountInput, 'PaymentAmountInput');
  });
});
