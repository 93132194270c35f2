// A fake PortOne REST server (v1 and v2) on loopback, for the server entry's tests (test/server/) and the e2e run
// (e2e/run.mjs starts one for the Next shop's verify route). Real HTTP over node:http: the v1 client and the official
// @portone/server-sdk talk to it exactly as they talk to api.iamport.kr / api.portone.io. The routes, methods, fields and
// envelopes follow PortOne's published API descriptions (src/schema/v1.openapi.json and v2.openapi.json of
// portone-io/developers.portone.io); test/server/fake-portone.test.ts checks FAKE_ROUTES and the answers against an
// extract of them (test/server/portone-openapi-extract.json).
//
//   const fake = await startFakePortOne({ v1: { apiKey, apiSecret }, v2: { apiSecret } });
//   fake.url                      http://127.0.0.1:<port>, the baseUrl for both generations
//   fake.v1.customers / payments  Maps by customer_uid / imp_uid (seed them; read them after a call)
//   fake.v2.billingKeys           Map by billingKey; fake.v2.pendingConfirmations: billingIssueToken → info
//   fake.requests                 every request: { method, path, query, headers, body }
//   fake.fail({ path, times, status, body, html, hang, delayMs, lost })   the next matching answers misbehave
//   await fake.close()            stops it (open connections included)
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

/** The routes the fake answers, as the API descriptions spell them. */
export const FAKE_ROUTES = [
  { generation: 'v1', method: 'post', path: '/users/getToken' },
  { generation: 'v1', method: 'get', path: '/subscribe/customers/{customer_uid}' },
  { generation: 'v1', method: 'delete', path: '/subscribe/customers/{customer_uid}' },
  { generation: 'v1', method: 'post', path: '/subscribe/payments/again' },
  { generation: 'v1', method: 'get', path: '/payments/{imp_uid}' },
  { generation: 'v1', method: 'get', path: '/payments/find/{merchant_uid}/{payment_status}' },
  { generation: 'v2', method: 'get', path: '/billing-keys/{billingKey}' },
  { generation: 'v2', method: 'delete', path: '/billing-keys/{billingKey}' },
  { generation: 'v2', method: 'get', path: '/billing-keys' },
  { generation: 'v2', method: 'post', path: '/billing-keys/confirm' },
  { generation: 'v2', method: 'post', path: '/payments/{paymentId}/billing-key' },
  { generation: 'v2', method: 'get', path: '/payments/{paymentId}' },
];

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A v1 customer record (CustomerAnnotation) with defaults for the fields left out. */
export function v1Customer(fields) {
  return {
    customer_uid: 'customer_1234',
    pg_provider: 'html5_inicis',
    pg_id: 'INIBillTst',
    sandbox: false,
    customer_id: null,
    card_name: '신한카드',
    card_code: '366',
    card_number: '536112******1234',
    card_type: 0,
    customer_name: '홍길동',
    customer_tel: '010-1234-5678',
    customer_email: 'gildong@example.com',
    customer_addr: null,
    customer_postcode: null,
    inserted: nowSeconds(),
    updated: 0,
    ...fields,
  };
}

/** A v1 payment record (PaymentAnnotation) with defaults for the fields left out. */
export function v1Payment(fields) {
  return {
    imp_uid: 'imp_000000000001',
    merchant_uid: 'order_1',
    status: 'paid',
    amount: 9900,
    cancel_amount: 0,
    currency: 'KRW',
    name: '월간 이용권',
    pay_method: 'card',
    pg_provider: 'html5_inicis',
    pg_id: 'INIBillTst',
    customer_uid: null,
    customer_uid_usage: null,
    sandbox: false,
    paid_at: nowSeconds(),
    failed_at: 0,
    fail_reason: null,
    ...fields,
  };
}

/** A v2 billing key record (IssuedBillingKeyInfo) with defaults for the fields left out. */
export function v2BillingKey(fields) {
  return {
    status: 'ISSUED',
    billingKey: 'billing-key-00000000-0000-0000-0000-000000000001',
    merchantId: 'merchant-00000000-0000-0000-0000-000000000000',
    storeId: 'store-00000000-0000-0000-0000-000000000000',
    methods: [{ type: 'BillingKeyPaymentMethodCard', card: { name: '신한카드', number: '53611200****1234' } }],
    channels: [
      {
        type: 'LIVE',
        id: 'channel-id-1',
        key: 'channel-key-1',
        name: 'toss',
        pgProvider: 'TOSSPAYMENTS',
        pgMerchantId: 'tosstest',
      },
    ],
    customer: { id: 'member_42' },
    issueId: 'issue_1',
    issueName: '월간 구독',
    requestedAt: new Date().toISOString(),
    issuedAt: new Date().toISOString(),
    ...fields,
  };
}

/** A v2 paid payment (PaidPayment) as `GET /payments/{paymentId}` answers it, from a charge the fake took. */
function v2PaidPayment(paymentId, charge, key) {
  const total = charge.amount?.total ?? 0;
  return {
    status: 'PAID',
    id: paymentId,
    transactionId: `tx_${paymentId}`,
    merchantId: key?.merchantId ?? 'merchant-00000000-0000-0000-0000-000000000000',
    storeId: charge.storeId ?? key?.storeId ?? 'store-00000000-0000-0000-0000-000000000000',
    channel: key?.channels?.[0] ?? { type: 'LIVE', pgProvider: 'TOSSPAYMENTS', pgMerchantId: 'tosstest' },
    version: 'V2',
    billingKey: charge.billingKey,
    requestedAt: charge.payment.paidAt,
    updatedAt: charge.payment.paidAt,
    statusChangedAt: charge.payment.paidAt,
    orderName: charge.orderName,
    amount: { total, taxFree: 0, discount: 0, paid: total, cancelled: 0, cancelledTaxFree: 0 },
    currency: charge.currency,
    customer: charge.customer ?? {},
    origin: { platformType: 'API', ipAddress: '127.0.0.1' },
    paidAt: charge.payment.paidAt,
    pgTxId: charge.payment.pgTxId,
    disputes: [],
  };
}

/**
 * Standard Webhooks headers for `body`, signed with a `whsec_…` secret as PortOne signs its v2 webhooks
 * (HMAC-SHA256 over `id.timestamp.body`, base64). `timestamp` in UNIX seconds (default now).
 */
export function signWebhook(secret, body, { id = 'msg_1', timestamp = nowSeconds() } = {}) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` };
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakePortOne(options = {}) {
  const v1Options = { apiKey: 'imp_apikey', apiSecret: 'imp_secret_0000', tokenTtlSeconds: 1800, tokenDelayMs: 0, ...options.v1 };
  const v2Options = { apiSecret: 'portone_secret_0000', ...options.v2 };
  const state = {
    requests: [],
    faults: [],
    v1: { customers: new Map(), payments: new Map(), tokens: new Map(), tokenRequests: 0, nextToken: 1, nextPayment: 1 },
    v2: { billingKeys: new Map(), pendingConfirmations: new Map(), payments: new Map(), nextKey: 1 },
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const request = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        raw,
        body: parseBody(raw, req.headers['content-type'] ?? ''),
      };
      state.requests.push(request);
      const fault = takeFault(state.faults, request.path);
      const answer = () => {
        // PortOne did the work (a charge went through) but its answer is lost: the fault's answer goes out instead.
        if (fault?.lost) route(request, { writeHead() {}, end() {} });
        if (fault?.hang) return; // never answers: the client's time-out decides
        if (fault?.html) return send(res, fault.status ?? 502, fault.html, 'text/html; charset=utf-8');
        if (fault?.status) {
          const body = typeof fault.body === 'function' ? fault.body(request) : (fault.body ?? { message: 'fault' });
          return send(res, fault.status, JSON.stringify(body));
        }
        route(request, res);
      };
      if (fault?.delayMs) setTimeout(answer, fault.delayMs);
      else answer();
    });
  });

  /** Dispatches a request to the generation's handlers. */
  function route(request, res) {
    const { method, path } = request;
    const json = (status, body) => send(res, status, JSON.stringify(body));
    // v1 envelope: { code, message, response } (ResponseAnnotation).
    const v1 = (status, response, code = 0, message = null) => json(status, { code, message, response });
    const v2Error = (status, type, message) => json(status, { type, message });

    if (method === 'POST' && path === '/users/getToken') {
      state.v1.tokenRequests += 1;
      const { imp_key: key, imp_secret: secret } = request.body ?? {};
      const reply = () => {
        if (key !== v1Options.apiKey || secret !== v1Options.apiSecret)
          return v1(401, null, -1, '아임포트 API키가 올바르지 않습니다.');
        const token = `fake_v1_token_${state.v1.nextToken++}_${Math.random().toString(36).slice(2, 10)}`;
        const now = nowSeconds();
        const expiredAt = now + v1Options.tokenTtlSeconds;
        state.v1.tokens.set(token, expiredAt);
        return v1(200, { access_token: token, expired_at: expiredAt, now });
      };
      if (v1Options.tokenDelayMs) setTimeout(reply, v1Options.tokenDelayMs);
      else reply();
      return;
    }
    // v2's paths: /billing-keys…, /payments/{paymentId}/billing-key, and /payments/{paymentId} asked with v2's
    // `PortOne` authorization (v1 has /payments/{imp_uid} on its own host); everything else is v1's.
    const v2Auth = String(request.headers.authorization ?? '').startsWith('PortOne ');
    if (path.startsWith('/billing-keys') || path.endsWith('/billing-key') || (v2Auth && path.startsWith('/payments/')))
      return routeV2(request, json, v2Error);
    return routeV1(request, v1);
  }

  function v1Authorized(request) {
    const header = String(request.headers.authorization ?? '');
    const token = header.replace(/^Bearer\s+/i, '');
    const expiredAt = state.v1.tokens.get(token);
    return expiredAt !== undefined && expiredAt > nowSeconds();
  }

  function routeV1(request, v1) {
    if (!v1Authorized(request)) return v1(401, null, -1, 'Unauthorized');
    const { method, path } = request;
    const customer = path.match(/^\/subscribe\/customers\/([^/]+)$/);
    if (customer) {
      const uid = decodeURIComponent(customer[1]);
      const record = state.v1.customers.get(uid);
      if (!record) return v1(404, null, 1, '등록되지 않은 구매자입니다.');
      if (method === 'GET') return v1(200, record);
      if (method === 'DELETE') {
        state.v1.customers.delete(uid);
        return v1(200, record);
      }
    }
    if (method === 'POST' && path === '/subscribe/payments/again') {
      const body = request.body ?? {};
      const record = state.v1.customers.get(String(body.customer_uid));
      if (!record) return v1(200, null, 1, '등록되지 않은 구매자입니다.');
      if (!body.merchant_uid || !body.name || !(Number(body.amount) > 0))
        return v1(200, null, -1, '필수 파라미터가 누락되었습니다.');
      // A merchant_uid already paid is refused (PortOne's wording for a paid transaction; its code is not documented).
      const paidBefore = [...state.v1.payments.values()].some(
        (p) => p.merchant_uid === String(body.merchant_uid) && p.status === 'paid',
      );
      if (paidBefore) return v1(200, null, 1, '이미 결제가 이루어진 거래건입니다.');
      const payment = v1Payment({
        imp_uid: `imp_${String(state.v1.nextPayment++).padStart(12, '0')}`,
        merchant_uid: String(body.merchant_uid),
        amount: Number(body.amount),
        name: String(body.name),
        customer_uid: record.customer_uid,
        customer_uid_usage: 'payment',
        pg_provider: record.pg_provider,
        pg_id: record.pg_id,
        sandbox: record.sandbox,
      });
      state.v1.payments.set(payment.imp_uid, payment);
      return v1(200, payment);
    }
    const find = path.match(/^\/payments\/find\/([^/]+)(?:\/([^/]+))?$/);
    if (find && method === 'GET') {
      // The newest payment of the merchant_uid (in the status, when given); test-channel ones are included.
      const merchantUid = decodeURIComponent(find[1]);
      const found = [...state.v1.payments.values()]
        .reverse()
        .find((p) => p.merchant_uid === merchantUid && (!find[2] || p.status === find[2]));
      return found ? v1(200, found) : v1(404, null, 1, '존재하지 않는 결제정보입니다.');
    }
    const payment = path.match(/^\/payments\/([^/]+)$/);
    if (payment && method === 'GET') {
      const record = state.v1.payments.get(decodeURIComponent(payment[1]));
      // Since 2026-01-26 test-channel payments are left out unless include_sandbox=true.
      if (!record || (record.sandbox && request.query.get('include_sandbox') !== 'true')) {
        return v1(404, null, 1, '존재하지 않는 결제정보입니다.');
      }
      return v1(200, record);
    }
    return v1(404, null, -1, 'no such route in the fake');
  }

  function routeV2(request, json, v2Error) {
    if (request.headers.authorization !== `PortOne ${v2Options.apiSecret}`)
      return v2Error(401, 'UNAUTHORIZED', '인증 정보가 올바르지 않습니다.');
    const { method, path } = request;
    if (method === 'GET' && path === '/billing-keys') {
      let input;
      try {
        input = JSON.parse(request.query.get('requestBody') ?? '{}');
      } catch {
        return v2Error(400, 'INVALID_REQUEST', 'requestBody is not JSON');
      }
      const filter = input.filter ?? {};
      const number = input.page?.number ?? 0;
      const size = input.page?.size ?? 10;
      const matches = [...state.v2.billingKeys.values()].filter(
        (info) =>
          (filter.customerId === undefined || info.customer?.id === filter.customerId) &&
          (filter.storeId === undefined || info.storeId === filter.storeId) &&
          (filter.status === undefined || filter.status.includes(info.status)),
      );
      return json(200, {
        items: matches.slice(number * size, (number + 1) * size),
        page: { number, size, totalCount: matches.length },
      });
    }
    if (method === 'POST' && path === '/billing-keys/confirm') {
      const token = request.body?.billingIssueToken;
      const info = state.v2.pendingConfirmations.get(token);
      if (!info) return v2Error(404, 'BILLING_KEY_NOT_FOUND', '빌링키 발급 건을 찾을 수 없습니다.');
      state.v2.pendingConfirmations.delete(token);
      state.v2.billingKeys.set(info.billingKey, info);
      return json(200, { billingKey: info.billingKey });
    }
    const key = path.match(/^\/billing-keys\/([^/]+)$/);
    if (key) {
      const info = state.v2.billingKeys.get(decodeURIComponent(key[1]));
      if (!info) return v2Error(404, 'BILLING_KEY_NOT_FOUND', '빌링키가 존재하지 않습니다.');
      if (method === 'GET') return json(200, info);
      if (method === 'DELETE') {
        if (info.status === 'DELETED') return v2Error(409, 'BILLING_KEY_ALREADY_DELETED', '빌링키가 이미 삭제되었습니다.');
        const deletedAt = new Date().toISOString();
        Object.assign(info, { status: 'DELETED', deletedAt });
        return json(200, { deletedAt });
      }
    }
    const pay = path.match(/^\/payments\/([^/]+)\/billing-key$/);
    if (pay && method === 'POST') {
      const body = request.body ?? {};
      const info = state.v2.billingKeys.get(body.billingKey);
      if (!info) return v2Error(404, 'BILLING_KEY_NOT_FOUND', '빌링키가 존재하지 않습니다.');
      if (info.status !== 'ISSUED') return v2Error(400, 'BILLING_KEY_NOT_ISSUED', '빌링키가 발급되지 않았습니다.');
      if (!Number.isInteger(body.amount?.total) || !body.orderName || !body.currency) {
        return v2Error(400, 'INVALID_REQUEST', 'billingKey, orderName, amount.total, currency are required');
      }
      const paymentId = decodeURIComponent(pay[1]);
      if (state.v2.payments.has(paymentId)) return v2Error(409, 'ALREADY_PAID', '이미 결제된 건입니다.');
      const payment = { pgTxId: `pg_tx_${state.v2.payments.size + 1}`, paidAt: new Date().toISOString() };
      state.v2.payments.set(paymentId, { ...body, payment });
      return json(200, { payment });
    }
    const read = path.match(/^\/payments\/([^/]+)$/);
    if (read && method === 'GET') {
      const paymentId = decodeURIComponent(read[1]);
      const charge = state.v2.payments.get(paymentId);
      if (!charge) return v2Error(404, 'PAYMENT_NOT_FOUND', '결제 건이 존재하지 않습니다.');
      return json(200, v2PaidPayment(paymentId, charge, state.v2.billingKeys.get(charge.billingKey)));
    }
    return v2Error(404, 'INVALID_REQUEST', 'no such route in the fake');
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: state.requests,
    v1: {
      customers: state.v1.customers,
      payments: state.v1.payments,
      /** How many token requests arrived. */
      get tokenRequests() {
        return state.v1.tokenRequests;
      },
      /** Makes every issued token expire now (PortOne answers 401 to them). */
      expireTokens() {
        for (const token of state.v1.tokens.keys()) state.v1.tokens.set(token, 0);
      },
      addCustomer(fields) {
        const record = v1Customer(fields);
        state.v1.customers.set(record.customer_uid, record);
        return record;
      },
      addPayment(fields) {
        const record = v1Payment(fields);
        state.v1.payments.set(record.imp_uid, record);
        return record;
      },
    },
    v2: {
      billingKeys: state.v2.billingKeys,
      pendingConfirmations: state.v2.pendingConfirmations,
      payments: state.v2.payments,
      addBillingKey(fields) {
        const record = v2BillingKey(fields);
        state.v2.billingKeys.set(record.billingKey, record);
        return record;
      },
    },
    /** The next `times` (default 1) requests whose path starts with `path` (default any) misbehave. */
    fail(fault) {
      state.faults.push({ times: 1, path: '/', ...fault });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function takeFault(faults, path) {
  const index = faults.findIndex((fault) => path.startsWith(fault.path));
  if (index < 0) return undefined;
  const fault = faults[index];
  fault.times -= 1;
  if (fault.times <= 0) faults.splice(index, 1);
  return fault;
}

function parseBody(raw, contentType) {
  if (!raw) return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function send(res, status, body, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}
