import { pgCodeOf, pgMidOf } from '../core/rules/v1-pg-lookup';
import { BillingServerError, optionalRecord, redact, requireId, requireText } from './errors';
import { baseUrlOf, fetchJson, field, timeoutOf } from './http';
import { createTokenCache, readToken } from './v1-token';
import type {
  IamportChargeInput,
  IamportCustomer,
  IamportPayment,
  IamportWebhookEvent,
  VerifyCustomerExpected,
} from './v1-types';
import { readV1Notice } from './v1-webhook';
import { unlessNotFound, verdict, type VerifyResult } from './verify-result';

/** PortOne v1's REST API. */
export const IAMPORT_API_URL = 'https://api.iamport.kr';

/** What {@link createIamportServer} takes. */
export interface IamportServerOptions {
  /** The REST API key (`imp_key`): console → 결제 연동 → 식별코드・API Keys → V1 API. */
  apiKey: string;
  /** The REST API secret (`imp_secret`). Server only; never appears in an error, a response or a log line. */
  apiSecret: string;
  /** Default `https://api.iamport.kr`; an absolute http(s) URL, or `INVALID_REQUEST` at creation. */
  baseUrl?: string;
  /** How long one PortOne call may take, in ms (default 10,000); a time-out is `PORTONE_ERROR`. */
  timeoutMs?: number;
}

/** The v1 server: see {@link createIamportServer}. */
export interface IamportServer {
  readonly generation: 'v1';
  /**
   * Reads the key (`GET /subscribe/customers/{customer_uid}`) and checks it: `NOT_FOUND` when PortOne does not know it
   * (a deleted key is forgotten, so it reads the same), `TEST_KEY` when `sandbox` is true and `allowTest` is not set,
   * `MISMATCH` when `customer_id` or the PG differ from `expected`. Throws `PORTONE_ERROR` / `NETWORK` on an outage.
   */
  verifyCustomer(customerUid: string, expected?: VerifyCustomerExpected): Promise<VerifyResult<IamportCustomer>>;
  /**
   * Charges the key (`POST /subscribe/payments/again`) and resolves PortOne's payment. A declined card is a payment with
   * `status: 'failed'` and `fail_reason`: check `status === 'paid'`. Safe to retry with the same `merchantUid` (after a
   * time-out or a 5xx): when PortOne refuses the retry, the merchant_uid's paid payment is read
   * (`GET /payments/find/{merchant_uid}/paid`) and, if it is this charge (same `customer_uid` and amount), resolved —
   * never charged twice. Otherwise PortOne's refusal is thrown (`PORTONE_ERROR`).
   */
  charge(input: IamportChargeInput): Promise<IamportPayment>;
  /** Deletes the key (`DELETE /subscribe/customers/{customer_uid}`, `reason` as a query parameter); unknown → `NOT_FOUND`. */
  deleteCustomer(customerUid: string, options?: { reason?: string; requester?: string }): Promise<IamportCustomer>;
  /** Reads a payment (`GET /payments/{imp_uid}`); test-channel payments only with `includeSandbox`. Unknown → `NOT_FOUND`. */
  getPayment(impUid: string, options?: { includeSandbox?: boolean }): Promise<IamportPayment>;
  /**
   * Takes PortOne's v1 webhook (`notice_url`: JSON or form-encoded `imp_uid`, `merchant_uid`, `status`), reads the
   * payment back from PortOne (test-channel payments included: check `payment.sandbox`) and resolves PortOne's own
   * values. Nothing is taken from the notice but the id: an unknown `imp_uid` is `NOT_FOUND`, a notice whose
   * `merchant_uid` is not the payment's is `MISMATCH`, a body without `imp_uid` is `INVALID_REQUEST`.
   */
  handleWebhook(request: Request): Promise<IamportWebhookEvent>;
}

interface Call {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: Record<string, unknown>;
  /** What a 404 means: the record is not there (`NOT_FOUND`). */
  what?: string;
}

/**
 * PortOne v1 for the merchant's server, over `fetch` (Node ≥ 20, edge runtimes): verify, charge and delete keys, read
 * payments, take webhooks. One access token (`POST /users/getToken`) serves every call until its `expired_at`; however
 * many calls start at once, one token request is in flight, and a failed one is not kept. A token PortOne refuses (401)
 * is dropped and the call retried once with a new one.
 *
 * Every PortOne failure throws a {@link BillingServerError}: `PORTONE_ERROR` for an error status, a `code` other than 0
 * (also with HTTP 200), an answer that is not PortOne's JSON or a time-out; `NETWORK` when PortOne could not be reached.
 * docs: https://developers.portone.io/api/rest-v1 (`src/schema/v1.openapi.json`).
 */
export function createIamportServer(options: IamportServerOptions): IamportServer {
  const { apiKey, apiSecret } = options ?? ({} as IamportServerOptions);
  if (typeof apiKey !== 'string' || !apiKey || typeof apiSecret !== 'string' || !apiSecret) {
    throw new BillingServerError('INVALID_REQUEST', 'createIamportServer needs apiKey and apiSecret (strings).');
  }
  const baseUrl = baseUrlOf(options.baseUrl, IAMPORT_API_URL, 'createIamportServer');
  const timeoutMs = timeoutOf(options.timeoutMs);
  const issuedTokens: string[] = [];
  const secrets = () => [apiSecret, ...issuedTokens];

  const tokens = createTokenCache(async () => {
    const answer = await send({ method: 'POST', path: '/users/getToken', body: { imp_key: apiKey, imp_secret: apiSecret } });
    const fresh = readToken(answer);
    issuedTokens.push(fresh.token);
    if (issuedTokens.length > 8) issuedTokens.shift();
    return fresh;
  });

  /** One call without a token (or with `token`): PortOne's `response`, or a typed error. */
  async function send(call: Call, token?: string): Promise<unknown> {
    const url = new URL(call.path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    for (const [key, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(key, value);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (call.body) headers['Content-Type'] = 'application/json';
    const { status, body } = await fetchJson(
      url,
      { method: call.method, headers, body: call.body ? JSON.stringify(call.body) : undefined },
      timeoutMs,
      secrets(),
    );
    const code = field(body, 'code');
    const message = field(body, 'message');
    const said = typeof message === 'string' && message ? `: ${redact(message, secrets())}` : '';
    const details = { status, ...(typeof code === 'number' ? { portOneCode: String(code) } : {}) };
    if (status === 401 && token) throw new TokenRefused();
    if (body === undefined || typeof code !== 'number') {
      throw new BillingServerError(
        'PORTONE_ERROR',
        `PortOne answered ${call.method} ${call.path} with HTTP ${status} and no API answer.`,
        details,
      );
    }
    // Only PortOne's own 404 answer says the record is not there; a 404 page of a proxy says nothing about the key.
    if (status === 404 && call.what)
      throw new BillingServerError('NOT_FOUND', `PortOne has no such ${call.what}${said}`, details);
    if (status < 200 || status >= 300 || code !== 0) {
      throw new BillingServerError(
        'PORTONE_ERROR',
        `PortOne refused ${call.method} ${call.path} (HTTP ${status}, code ${code})${said}`,
        details,
      );
    }
    return field(body, 'response');
  }

  /** One authenticated call; a refused token is dropped and the call made once more with a new one. */
  async function api(call: Call): Promise<unknown> {
    const token = await tokens.get();
    try {
      return await send(call, token);
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      tokens.invalidate(token);
      try {
        return await send(call, await tokens.get());
      } catch (again) {
        if (again instanceof TokenRefused) {
          throw new BillingServerError('PORTONE_ERROR', 'PortOne refused a fresh access token (HTTP 401).', { status: 401 });
        }
        throw again;
      }
    }
  }

  /** The merchant_uid's paid payment when it is this very charge (an earlier attempt whose answer was lost). */
  async function paidBefore(input: IamportChargeInput): Promise<IamportPayment | undefined> {
    const paid = (await api({
      method: 'GET',
      path: `/payments/find/${encodeURIComponent(input.merchantUid)}/paid`,
      what: 'payment',
    })) as IamportPayment;
    const same =
      field(paid, 'customer_uid') === input.customerUid &&
      field(paid, 'amount') === input.amount &&
      (field(paid, 'currency') ?? 'KRW') === (input.currency ?? 'KRW');
    return same && field(paid, 'status') === 'paid' ? paid : undefined;
  }

  const customerPath = (customerUid: string) => `/subscribe/customers/${encodeURIComponent(customerUid)}`;
  async function getPayment(impUid: string, { includeSandbox = false }: { includeSandbox?: boolean } = {}) {
    requireId(impUid, 'impUid');
    const query = { include_sandbox: includeSandbox ? 'true' : undefined };
    return (await api({
      method: 'GET',
      path: `/payments/${encodeURIComponent(impUid)}`,
      query,
      what: 'payment',
    })) as IamportPayment;
  }

  return {
    generation: 'v1',

    async verifyCustomer(customerUid, expected = {}) {
      requireId(customerUid, 'customerUid');
      const info = (await unlessNotFound(api({ method: 'GET', path: customerPath(customerUid), what: 'customer_uid' }))) as
        IamportCustomer | undefined;
      if (!info) return { ok: false, reason: 'NOT_FOUND' };
      const pgCode = expected.pg === undefined ? '' : pgCodeOf(expected.pg);
      const pgMid = expected.pg === undefined ? '' : pgMidOf(expected.pg);
      return verdict(info, [
        ['TEST_KEY', info.sandbox === true && expected.allowTest !== true],
        ['MISMATCH', expected.customerId !== undefined && info.customer_id !== expected.customerId],
        ['MISMATCH', expected.pg !== undefined && (info.pg_provider !== pgCode || (pgMid !== '' && info.pg_id !== pgMid))],
      ]);
    },

    async charge(input) {
      requireText(input?.customerUid, 'customerUid');
      requireId(input.merchantUid, 'merchantUid');
      requireText(input.name, 'name');
      if (typeof input.amount !== 'number' || !Number.isFinite(input.amount) || input.amount <= 0) {
        throw new BillingServerError('INVALID_REQUEST', 'amount must be a positive number.');
      }
      const buyer = optionalRecord(input.buyer, 'buyer') ?? {};
      const body: Record<string, unknown> = {
        ...optionalRecord(input.params, 'params'),
        customer_uid: input.customerUid,
        merchant_uid: input.merchantUid,
        amount: input.amount,
        name: input.name,
        currency: input.currency,
        buyer_name: buyer.name,
        buyer_email: buyer.email,
        buyer_tel: buyer.tel,
        buyer_addr: buyer.addr,
        buyer_postcode: buyer.postcode,
        notice_url: input.noticeUrl,
        custom_data: input.customData,
      };
      for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
      try {
        return (await api({ method: 'POST', path: '/subscribe/payments/again', body })) as IamportPayment;
      } catch (error) {
        // Only a refusal PortOne said in its own words (a code) can mean "already paid"; an outage is thrown as it is.
        if (!(error instanceof BillingServerError) || error.code !== 'PORTONE_ERROR' || error.portOneCode === undefined)
          throw error;
        const paid = await paidBefore(input).catch(() => undefined);
        if (paid) return paid;
        throw error;
      }
    },

    async deleteCustomer(customerUid, { reason, requester } = {}) {
      requireId(customerUid, 'customerUid');
      const query = { reason, 'extra[requester]': requester };
      return (await api({ method: 'DELETE', path: customerPath(customerUid), query, what: 'customer_uid' })) as IamportCustomer;
    },

    getPayment,

    async handleWebhook(request) {
      const notice = await readV1Notice(request);
      const payment = await getPayment(notice.impUid, { includeSandbox: true });
      if (notice.merchantUid !== undefined && notice.merchantUid !== payment.merchant_uid) {
        throw new BillingServerError('MISMATCH', "The notice names another merchant_uid than PortOne's payment.");
      }
      return { impUid: payment.imp_uid, merchantUid: payment.merchant_uid, status: payment.status, payment };
    },
  };
}

/** A 401 on a call made with `token` (internal: the call is retried with a new token). */
class TokenRefused extends Error {}
