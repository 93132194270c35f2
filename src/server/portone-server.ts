import { BillingServerError, optionalRecord, requireId, requireText } from './errors';
import { baseUrlOf, field, timeoutOf, withTimeout } from './http';
import { loadPortOneSdk, sdkFailure, type PaymentCalls } from './v2-sdk';
import type {
  PortOneBillingKeyInfo,
  PortOneChargeInput,
  PortOneSdkModule,
  PortOneWebhookEvent,
  VerifyBillingKeyExpected,
} from './v2-types';
import { readV2Webhook } from './v2-webhook';
import { unlessNotFound, verdict, type VerifyResult } from './verify-result';

/** PortOne v2's REST API (the SDK's default). */
export const PORTONE_API_URL = 'https://api.portone.io';

/** The page size of {@link PortOneServer.listBillingKeys}' reads. */
const LIST_PAGE_SIZE = 100;

/** What {@link createPortOneServer} takes. */
export interface PortOneServerOptions {
  /** The V2 API secret (console → 결제 연동 → 식별코드・API Keys → V2 API). Never appears in an error, a response or a log line. */
  apiSecret: string;
  /** The store id (`store-…`): sent with every call, and a key of another store is a `MISMATCH`. A non-empty string. */
  storeId?: string;
  /**
   * The webhook secret (`whsec_…`, console → 결제 연동 → 웹훅). Without it (or empty) every webhook is
   * `INVALID_SIGNATURE`; one the signature check cannot read (not base64 after `whsec_`) is `INVALID_REQUEST` at creation.
   */
  webhookSecret?: string;
  /** Default `https://api.portone.io`; an absolute http(s) URL, or `INVALID_REQUEST` at creation. */
  baseUrl?: string;
  /** How long one PortOne call may take, in ms (default 10,000); a time-out is `PORTONE_ERROR`. */
  timeoutMs?: number;
  /** The `@portone/server-sdk` module, for runtimes whose bundler must see the import; loaded on first use otherwise. */
  sdk?: PortOneSdkModule;
}

/** The v2 server: see {@link createPortOneServer}. */
export interface PortOneServer {
  readonly generation: 'v2';
  /**
   * Reads the key (`GET /billing-keys/{billingKey}`) and checks it: `NOT_FOUND`, `DELETED`, `TEST_KEY` (issued on a
   * `TEST` channel and `allowTest` not set), `MISMATCH` (`customer.id`, `issueId` or the configured store differ).
   * Throws `PORTONE_ERROR` / `NETWORK` on an outage, and `PORTONE_ERROR` for a status it does not know.
   */
  verifyBillingKey(billingKey: string, expected?: VerifyBillingKeyExpected): Promise<VerifyResult<PortOneBillingKeyInfo>>;
  /** Confirms a manually confirmed issuance (`POST /billing-keys/confirm`) and resolves the key: `{ billingKey }`. */
  confirmBillingKey(billingIssueToken: string): Promise<{ billingKey: string }>;
  /**
   * Charges the key (`POST /payments/{paymentId}/billing-key`); resolves PortOne's `{ payment: { pgTxId, paidAt } }`.
   * Safe to retry with the same `paymentId` (after a time-out or a 5xx): when PortOne answers `ALREADY_PAID`, the
   * payment is read back (`GET /payments/{paymentId}`) and, if it is this charge (`PAID`, same billing key, amount and
   * currency), resolved as it was paid — never charged twice. A `paymentId` paid for another charge is
   * `PORTONE_ERROR` with `portOneCode: 'ALREADY_PAID'` (use a new one).
   */
  chargeBillingKey(input: PortOneChargeInput): Promise<{ payment: { pgTxId: string; paidAt: string } }>;
  /** Deletes the key (`DELETE /billing-keys/{billingKey}`); resolves `{ deletedAt }`. Unknown → `NOT_FOUND`, already deleted → `DELETED`. */
  deleteBillingKey(
    billingKey: string,
    options?: { reason?: string; requester?: 'CUSTOMER' | 'ADMIN' },
  ): Promise<{ deletedAt: string }>;
  /**
   * Every key of a buyer (`GET /billing-keys`, filtered at PortOne by `customerId` and, when given, by `status`), all
   * pages read; newest first as PortOne sorts them.
   */
  listBillingKeys(options: { customerId: string; status?: ('ISSUED' | 'DELETED')[] }): Promise<PortOneBillingKeyInfo[]>;
  /**
   * Verifies a webhook's signature (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`, HMAC-SHA256
   * with the `whsec_…` secret, timestamps within 5 minutes) and resolves PortOne's `{ type, timestamp, data }`.
   * `INVALID_SIGNATURE` for another secret, an old timestamp, missing headers, a changed body or no `webhookSecret`.
   */
  handleWebhook(request: Request): Promise<PortOneWebhookEvent>;
}

/**
 * PortOne v2 for the merchant's server, on the official `@portone/server-sdk` (an optional peer: install it to use v2):
 * verify, confirm, charge, list and delete billing keys, and take signed webhooks. Every PortOne failure throws a
 * {@link BillingServerError}: `PORTONE_ERROR` for an error answer, a page that is not PortOne's JSON, or a time-out;
 * `NETWORK` when PortOne could not be reached. docs: https://developers.portone.io/api/rest-v2 (`src/schema/v2.openapi.json`).
 */
export function createPortOneServer(options: PortOneServerOptions): PortOneServer {
  const { apiSecret, storeId, webhookSecret, baseUrl } = options ?? ({} as PortOneServerOptions);
  if (typeof apiSecret !== 'string' || !apiSecret) {
    throw new BillingServerError('INVALID_REQUEST', 'createPortOneServer needs apiSecret (a string).');
  }
  const apiUrl = baseUrlOf(baseUrl, PORTONE_API_URL, 'createPortOneServer');
  if (storeId !== undefined && (typeof storeId !== 'string' || !storeId)) {
    throw new BillingServerError('INVALID_REQUEST', 'createPortOneServer: storeId must be a non-empty string (store-…).');
  }
  if (webhookSecret !== undefined && webhookSecret !== '' && !isWebhookSecret(webhookSecret)) {
    throw new BillingServerError(
      'INVALID_REQUEST',
      "createPortOneServer: webhookSecret must be the console's whsec_… secret (base64 after whsec_).",
    );
  }
  const timeoutMs = timeoutOf(options.timeoutMs);
  const secrets = [apiSecret, webhookSecret];
  let client: Promise<PaymentCalls> | null = null;
  const payments = (): Promise<PaymentCalls> => {
    client ??= (options.sdk ? Promise.resolve(options.sdk) : loadPortOneSdk()).then(
      (sdk) => sdk.PaymentClient({ secret: apiSecret, baseUrl: apiUrl, storeId }) as PaymentCalls,
    );
    client.catch(() => (client = null));
    return client;
  };

  /** One SDK call with the time-out and the error mapping. */
  async function call<T>(action: string, run: (calls: PaymentCalls) => Promise<unknown>): Promise<T> {
    const calls = await payments();
    try {
      return (await withTimeout(run(calls), timeoutMs)) as T;
    } catch (error) {
      throw sdkFailure(error, action, secrets);
    }
  }

  /**
   * A charge PortOne says is already paid: the earlier attempt of this very charge went through (its answer was lost),
   * or the `paymentId` was used for another one. Read back; only the same charge, still `PAID`, resolves.
   */
  async function paidBefore(
    paymentId: string,
    charge: { billingKey: string; amount: { total: number }; currency: string },
  ): Promise<{ payment: { pgTxId: string; paidAt: string } }> {
    const paid = await call<unknown>('GET /payments/{paymentId}', (c) => c.getPayment({ paymentId, storeId }));
    const status = field(paid, 'status');
    const same =
      status === 'PAID' &&
      field(paid, 'billingKey') === charge.billingKey &&
      field(field(paid, 'amount'), 'total') === charge.amount.total &&
      field(paid, 'currency') === charge.currency;
    if (!same) {
      throw new BillingServerError(
        'PORTONE_ERROR',
        `paymentId ${paymentId} is already used by another charge (another billing key, amount or currency, or ` +
          `${String(status)} now): charge with a new paymentId.`,
        { portOneCode: 'ALREADY_PAID' },
      );
    }
    return { payment: { pgTxId: field(paid, 'pgTxId') as string, paidAt: field(paid, 'paidAt') as string } };
  }

  return {
    generation: 'v2',

    async verifyBillingKey(billingKey, expected = {}) {
      requireId(billingKey, 'billingKey');
      const info = await unlessNotFound(
        call<PortOneBillingKeyInfo>('GET /billing-keys/{billingKey}', (c) =>
          c.billingKey.getBillingKeyInfo({ billingKey, storeId }),
        ),
      );
      if (!info) return { ok: false, reason: 'NOT_FOUND' };
      if (info.status !== 'ISSUED' && info.status !== 'DELETED') {
        throw new BillingServerError(
          'PORTONE_ERROR',
          `PortOne answered a billing key status this library does not know: ${String(info.status)}.`,
        );
      }
      const channels = Array.isArray(info.channels) ? info.channels : [];
      return verdict(info, [
        ['DELETED', info.status === 'DELETED'],
        ['TEST_KEY', channels.some((channel) => field(channel, 'type') === 'TEST') && expected.allowTest !== true],
        ['MISMATCH', expected.customerId !== undefined && field(info.customer, 'id') !== expected.customerId],
        ['MISMATCH', expected.issueId !== undefined && info.issueId !== expected.issueId],
        ['MISMATCH', storeId !== undefined && info.storeId !== storeId],
      ]);
    },

    async confirmBillingKey(billingIssueToken) {
      requireText(billingIssueToken, 'billingIssueToken');
      const answer = await call<unknown>('POST /billing-keys/confirm', (c) =>
        c.billingKey.confirmBillingKey({ billingIssueToken }),
      );
      const billingKey = field(answer, 'billingKey');
      if (typeof billingKey !== 'string' || !billingKey) {
        throw new BillingServerError('PORTONE_ERROR', 'PortOne confirmed the issuance without a billing key.');
      }
      return { billingKey };
    },

    async chargeBillingKey(input) {
      const paymentId = requireId(input?.paymentId, 'paymentId');
      requireText(input.billingKey, 'billingKey');
      requireText(input.orderName, 'orderName');
      if (typeof input.amount !== 'number' || !Number.isSafeInteger(input.amount) || input.amount <= 0) {
        throw new BillingServerError('INVALID_REQUEST', "amount must be a positive whole number (the currency's smallest unit).");
      }
      const customer = optionalRecord(input.customer, 'customer');
      const request = {
        ...optionalRecord(input.params, 'params'),
        paymentId,
        billingKey: input.billingKey,
        orderName: input.orderName,
        amount: { total: input.amount },
        currency: input.currency ?? 'KRW',
        ...(customer ? { customer } : {}),
      };
      try {
        return await call('POST /payments/{paymentId}/billing-key', (c) => c.payWithBillingKey(request));
      } catch (error) {
        if (!(error instanceof BillingServerError) || error.portOneCode !== 'ALREADY_PAID') throw error;
        return paidBefore(paymentId, request);
      }
    },

    async deleteBillingKey(billingKey, { reason, requester } = {}) {
      requireId(billingKey, 'billingKey');
      if (requester !== undefined && requester !== 'CUSTOMER' && requester !== 'ADMIN') {
        throw new BillingServerError('INVALID_REQUEST', "requester must be 'CUSTOMER' or 'ADMIN'.");
      }
      if (reason !== undefined && typeof reason !== 'string')
        throw new BillingServerError('INVALID_REQUEST', 'reason must be a string.');
      return call('DELETE /billing-keys/{billingKey}', (c) => c.billingKey.deleteBillingKey({ billingKey, reason, requester }));
    },

    async listBillingKeys({ customerId, status } = {} as { customerId: string }) {
      requireText(customerId, 'customerId');
      // PortOne takes a list; a bare 'ISSUED' would be refused there (and read as a list of letters elsewhere).
      if (status !== undefined && !(Array.isArray(status) && status.every((s) => s === 'ISSUED' || s === 'DELETED'))) {
        throw new BillingServerError('INVALID_REQUEST', "status must be an array of 'ISSUED' and 'DELETED'.");
      }
      const filter = { customerId, ...(storeId ? { storeId } : {}), ...(status ? { status } : {}) };
      const keys: PortOneBillingKeyInfo[] = [];
      for (let number = 0; ; number += 1) {
        const answer = await call<unknown>('GET /billing-keys', (c) =>
          c.billingKey.getBillingKeyInfos({ page: { number, size: LIST_PAGE_SIZE }, filter }),
        );
        const items = field(answer, 'items');
        const total = field(field(answer, 'page'), 'totalCount');
        if (!Array.isArray(items) || typeof total !== 'number') {
          throw new BillingServerError('PORTONE_ERROR', 'PortOne answered GET /billing-keys without items and page.');
        }
        keys.push(...(items as PortOneBillingKeyInfo[]));
        if (items.length === 0 || keys.length >= total) return keys;
      }
    },

    async handleWebhook(request) {
      if (!webhookSecret)
        throw new BillingServerError('INVALID_SIGNATURE', 'No webhookSecret is configured: no webhook can be believed.');
      const sdk = options.sdk ?? (await loadPortOneSdk());
      return readV2Webhook(request, webhookSecret, sdk);
    },
  };
}

/** True for a secret the SDK's signature check can read: base64 (after an optional `whsec_`) of at least one byte. */
function isWebhookSecret(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return atob(value.replace(/^whsec_/, '')).length > 0;
  } catch {
    return false;
  }
}
