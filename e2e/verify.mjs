// The Next shop's server half, driven end to end: its checkout posts every result to its own route handler
// (app/api/billing/verify/route.ts, built on react-billing-key/server), which checks the key with PortOne — here the
// fake PortOne of scripts/fake-portone.mjs on loopback, started by e2e/run.mjs — before the page reports success.
import { v1Customer } from '../scripts/fake-portone.mjs';
import { assert, assertEqual, createConsoleLog, openPage, test, waitForHydration } from './harness.mjs';

/** The v1 API key and secret the shop's server is started with (PORTONE_API_KEY / PORTONE_API_SECRET). */
export const SHOP_PORTONE = { apiKey: 'imp_e2e_key', apiSecret: 'imp_e2e_secret_not_real_0000' };

/**
 * The keys PortOne holds after the shop's windows issue them: one per button of the subscription page, for member 42
 * (`customer_id` is what a shop sends as `customerId` with the request, so the server can tell whose key it is).
 */
const ISSUED = [
  { customer_uid: 'member_42_trial', pg_provider: 'danal_tpay', pg_id: 'A010002002' },
  { customer_uid: 'member_42_monthly', pg_provider: 'html5_inicis', pg_id: 'INIBillTst' },
  { customer_uid: 'member_42_kcp', pg_provider: 'kcp_billing', pg_id: 'IP0001' },
  // The payment-method page's checkout: a new customer_uid per registration (member_42_method_1, _2, …), card via NHN KCP.
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ customer_uid: `member_42_method_${n}`, pg_provider: 'kcp_billing', pg_id: 'IP0001' })),
];

/** Puts the shop's keys (back) into the fake PortOne. */
export function seedPortOne(fake) {
  for (const key of ISSUED) fake.v1.customers.set(key.customer_uid, v1Customer({ ...key, customer_id: 'member_42' }));
}

/** The shop's environment for `next start` / `next dev`: its PortOne server talks to the fake. */
export const shopEnv = (fake) => ({
  PORTONE_API_KEY: SHOP_PORTONE.apiKey,
  PORTONE_API_SECRET: SHOP_PORTONE.apiSecret,
  PORTONE_API_URL: fake.url,
});

const TRIAL = '카드 등록하고 체험 시작';
const REGISTERED = '카드가 등록되었습니다.';
const NOT_CONFIRMED = '카드 등록을 확인하지 못했습니다.';

async function approveTrial(page) {
  const target = page.getByRole('button', { name: TRIAL, exact: true });
  await waitForHydration(target);
  await target.click();
  const window = page.getByRole('dialog', { name: /결제창 \(테스트\)$/ });
  await window.getByRole('button', { name: '승인', exact: true }).click();
  await window.waitFor({ state: 'detached' });
}

const calls = (fake) => fake.requests.map((r) => `${r.method} ${r.path}`);

/** `target`: { label, origin, log, dev, fake }. */
export async function verifyChecks(target) {
  const { fake } = target;
  // `refusals`: the HTTP statuses of verify answers the check expects. Chromium logs each non-2xx answer to fetch as a
  // console error; those are counted here (and kept out of the shop's console tally), any other problem fails.
  const pageTest = (name, fn, refusals = []) =>
    test(`${target.label}: ${name}`, async () => {
      const page = await openPage(target.origin, refusals.length ? createConsoleLog() : target.log, { devAdvice: target.dev });
      try {
        await page.goto(new URL('/', target.origin).href);
        await fn(page);
        const expected = refusals.map(
          (status) => `errors: Failed to load resource: the server responded with a status of ${status} `,
        );
        const problems = page.problems().filter((problem) => {
          const at = expected.findIndex((start) => problem.startsWith(start));
          if (at >= 0) expected.splice(at, 1);
          return at < 0;
        });
        assert(problems.length === 0, `the page logged ${problems.length} problem(s):\n${problems.join('\n')}`);
        assert(expected.length === 0, `the verify answers did not come as expected: missing ${expected.join(', ')}`);
      } finally {
        await page.done();
        seedPortOne(fake);
      }
    });

  await pageTest('verify: the key is checked by the shop route with PortOne before success is shown', async (page) => {
    fake.requests.length = 0;
    await approveTrial(page);
    await page.locator('#billing-result').filter({ hasText: REGISTERED }).waitFor();
    const read = fake.requests.find((r) => r.path === '/subscribe/customers/member_42_trial');
    assert(read, `the shop's server did not read the key from PortOne: ${calls(fake).join(', ')}`);
    assert(/^Bearer \S+/.test(String(read.headers.authorization)), 'the read carried no access token');
  });

  await pageTest(
    'verify: a key PortOne does not have, or a test-channel key, is VERIFY_FAILED',
    async (page) => {
      fake.v1.customers.delete('member_42_trial');
      await approveTrial(page);
      await page.locator('#billing-result').filter({ hasText: NOT_CONFIRMED }).waitFor();
      fake.v1.customers.set('member_42_trial', v1Customer({ ...ISSUED[0], customer_id: 'member_42', sandbox: true }));
      await approveTrial(page);
      await page.locator('#billing-result').filter({ hasText: NOT_CONFIRMED }).waitFor();
    },
    [404, 422],
  );

  await test(`${target.label}: verify route refuses another buyer's key (403), a malformed body (400) and GET (405)`, async () => {
    fake.v1.customers.set('member_7_card', v1Customer({ customer_uid: 'member_7_card', customer_id: 'member_7' }));
    const post = (body) =>
      fetch(new URL('/api/billing/verify', target.origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
    const other = await post(JSON.stringify({ customerUid: 'member_7_card' }));
    assertEqual([other.status, await other.json()], [403, { ok: false, reason: 'MISMATCH' }], 'another buyer');
    const malformed = await post('{');
    assertEqual([malformed.status, await malformed.json()], [400, { ok: false, reason: 'INVALID_REQUEST' }], 'malformed');
    const get = await fetch(new URL('/api/billing/verify', target.origin));
    assertEqual(get.status, 405, 'GET');
  });

  await test(`${target.label}: the methods routes list the verified keys and delete one at PortOne`, async () => {
    const list = async () => (await fetch(new URL('/api/billing/methods', target.origin))).json();
    // The checks before left member_42_trial deleted or a test key at PortOne, and the payment-method page's list
    // forgot it: verify it again (as the checkout's verify does), so the shop saves it.
    seedPortOne(fake);
    const verified = await fetch(new URL('/api/billing/verify', target.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerUid: 'member_42_trial' }),
    });
    assertEqual(verified.status, 200, 'verify member_42_trial');
    const before = await list();
    const trial = before.find((method) => method.id === 'member_42_trial');
    assert(trial, `the verified key is not listed: ${JSON.stringify(before)}`);
    assertEqual([trial.pg, trial.maskedNumber], ['danal_tpay', '536112******1234'], 'listed method');
    const removed = await fetch(new URL('/api/billing/methods/member_42_trial', target.origin), { method: 'DELETE' });
    assertEqual([removed.status, await removed.json()], [200, { ok: true }], 'delete');
    assert(!fake.v1.customers.has('member_42_trial'), 'the key is still at PortOne');
    const deleteCall = fake.requests.find((r) => r.method === 'DELETE' && r.path === '/subscribe/customers/member_42_trial');
    assertEqual(deleteCall?.query.get('reason'), '구매자 요청', 'the reason sent to PortOne');
    assert(!(await list()).some((method) => method.id === 'member_42_trial'), 'the deleted key is still listed');
    const again = await fetch(new URL('/api/billing/methods/member_42_trial', target.origin), { method: 'DELETE' });
    assertEqual(again.status, 404, 'deleting a key the buyer no longer has');
    seedPortOne(fake);
  });
}
