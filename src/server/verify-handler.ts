import { BillingServerError, type BillingServerErrorCode } from './errors';
import { field, readBodyText } from './http';
import type { IamportServer } from './iamport-server';
import type { PortOneServer } from './portone-server';
import type { IamportCustomer } from './v1-types';
import type { VerifyResult } from './verify-result';
import type { PortOneBillingKeyInfo } from './v2-types';

/** The signed-in buyer, as the shop's `authorize` finds them: their id at PortOne (v1 `customer_id`, v2 `customer.id`). */
export interface AuthorizedBuyer {
  customerId: string;
}

/** A key the handler accepted, for `onVerified` (store it with the buyer). */
export type VerifiedKey =
  | { generation: 'v1'; customerUid: string; customerId: string; info: IamportCustomer }
  | { generation: 'v2'; billingKey: string; customerId: string; info: PortOneBillingKeyInfo };

/** What {@link createVerifyHandler} takes. */
export interface VerifyHandlerOptions {
  /**
   * The signed-in buyer of this request (read your session cookie or token), or `null` when nobody is signed in (→ 401,
   * PortOne is not called). May be async. An exception is not caught: your framework answers it (500).
   */
  authorize(request: Request): AuthorizedBuyer | null | Promise<AuthorizedBuyer | null>;
  /** Accept keys issued on a test channel (for a test shop). Default `false`: they are refused with `TEST_KEY` (422). */
  allowTest?: boolean;
  /** Called with the accepted key before the 200 answer: save it here. An exception is not caught (your framework's 500). */
  onVerified?(key: VerifiedKey, request: Request): void | Promise<void>;
}

/** The answer's body: `{ ok: true }` (v2 with confirmation: and the confirmed `billingKey`) or `{ ok: false, reason }`. */
export type VerifyHandlerAnswer = { ok: true; billingKey?: string } | { ok: false; reason: BillingServerErrorCode };

/** The HTTP status of each refusal. */
export const VERIFY_HANDLER_STATUS: Readonly<Partial<Record<BillingServerErrorCode, number>>> = {
  UNAUTHORIZED: 401,
  INVALID_REQUEST: 400,
  MISMATCH: 403,
  NOT_FOUND: 404,
  DELETED: 404,
  TEST_KEY: 422,
  PORTONE_ERROR: 502,
  NETWORK: 503,
};

/**
 * A Fetch-API handler, `(request: Request) => Promise<Response>`, for the browser's `verify` (`verifyWith(url)` in the
 * React entries): it reads the posted result, checks the key with PortOne and that it belongs to the buyer `authorize`
 * returns, and answers JSON:
 *
 * - 200 `{ ok: true }` — the buyer's key (v2 with `needsConfirmation`: confirmed first, and the answer carries the
 *   confirmed `billingKey`; a confirmed key the check refuses, cannot make, or `onVerified` throws on is deleted again,
 *   so no live key is left that nobody stores);
 * - 401 `UNAUTHORIZED` (nobody signed in; PortOne not called), 400 `INVALID_REQUEST` (not a POST of the result's JSON:
 *   v1 `customerUid`, v2 `billingKey` + `issueId` or `needsConfirmation` + `billingIssueToken`; a body over 64 KiB),
 *   403 `MISMATCH`,
 *   404 `NOT_FOUND` / `DELETED`, 422 `TEST_KEY`, 502 `PORTONE_ERROR`, 503 `NETWORK` — each as `{ ok: false, reason }`.
 *
 * Works as a Next.js route handler (`export const POST = handler`), in Hono, Remix, Bun and Deno. No secret, token or
 * PortOne message is ever in an answer.
 */
export function createVerifyHandler(
  server: IamportServer | PortOneServer,
  options: VerifyHandlerOptions,
): (request: Request) => Promise<Response> {
  if (typeof options?.authorize !== 'function') {
    throw new BillingServerError('INVALID_REQUEST', 'createVerifyHandler needs an authorize(request) function.');
  }
  // Not a server (a promise of one, a factory, the module): refused now, not as a TypeError on the first buyer's POST.
  const generation = field(server, 'generation');
  if (generation !== 'v1' && generation !== 'v2') {
    throw new BillingServerError(
      'INVALID_REQUEST',
      'createVerifyHandler needs a server made by createIamportServer or createPortOneServer.',
    );
  }
  return async (request) => {
    if (request.method !== 'POST') return answer(405, { ok: false, reason: 'INVALID_REQUEST' }, { Allow: 'POST' });
    const buyer = await options.authorize(request);
    if (!buyer || typeof buyer.customerId !== 'string' || !buyer.customerId) return refuse('UNAUTHORIZED');
    let body: unknown;
    try {
      body = JSON.parse(await readBodyText(request, 'The posted result'));
    } catch {
      return refuse('INVALID_REQUEST');
    }
    try {
      const accepted = server.generation === 'v1' ? await checkV1(server, body, buyer) : await checkV2(server, body, buyer);
      if (!accepted.ok) return refuse(accepted.reason);
      try {
        await options.onVerified?.(accepted.key, request);
      } catch (error) {
        if (accepted.confirmed) await withdraw(server as PortOneServer, accepted.confirmed);
        throw error;
      }
      return answer(200, accepted.confirmed ? { ok: true, billingKey: accepted.confirmed } : { ok: true });
    } catch (error) {
      if (error instanceof BillingServerError && VERIFY_HANDLER_STATUS[error.code]) return refuse(error.code);
      throw error;
    }
  };

  async function checkV1(v1: IamportServer, body: unknown, buyer: AuthorizedBuyer): Promise<Check> {
    const customerUid = field(body, 'customerUid');
    if (typeof customerUid !== 'string' || !customerUid) return { ok: false, reason: 'INVALID_REQUEST' };
    const result = await v1.verifyCustomer(customerUid, { customerId: buyer.customerId, allowTest: options.allowTest === true });
    if (!result.ok) return result;
    return { ok: true, key: { generation: 'v1', customerUid, customerId: buyer.customerId, info: result.info } };
  }

  async function checkV2(v2: PortOneServer, body: unknown, buyer: AuthorizedBuyer): Promise<Check> {
    const issueId = field(body, 'issueId');
    if (issueId !== undefined && issueId !== null && typeof issueId !== 'string') return { ok: false, reason: 'INVALID_REQUEST' };
    let billingKey = field(body, 'billingKey');
    let confirmed: string | undefined;
    if (field(body, 'needsConfirmation') === true) {
      const token = field(body, 'billingIssueToken');
      if (typeof token !== 'string' || !token) return { ok: false, reason: 'INVALID_REQUEST' };
      billingKey = confirmed = (await v2.confirmBillingKey(token)).billingKey;
    }
    if (typeof billingKey !== 'string' || !billingKey) return { ok: false, reason: 'INVALID_REQUEST' };
    let result: VerifyResult<PortOneBillingKeyInfo>;
    try {
      result = await v2.verifyBillingKey(billingKey, {
        customerId: buyer.customerId,
        ...(typeof issueId === 'string' && issueId ? { issueId } : {}),
        allowTest: options.allowTest === true,
      });
    } catch (error) {
      // A key this handler confirmed and then refuses or cannot check is withdrawn: nobody would store it.
      if (confirmed) await withdraw(v2, billingKey);
      throw error;
    }
    if (!result.ok) {
      if (confirmed) await withdraw(v2, billingKey);
      return result;
    }
    return { ok: true, confirmed, key: { generation: 'v2', billingKey, customerId: buyer.customerId, info: result.info } };
  }
}

/**
 * Deletes a key this handler confirmed but did not hand over (refused, not checkable, or `onVerified` failed): the
 * manual confirmation exists so that the server decides before a key goes live. A failed deletion changes nothing in
 * the answer (the refusal or the error stands).
 */
async function withdraw(v2: PortOneServer, billingKey: string): Promise<void> {
  await v2.deleteBillingKey(billingKey, { reason: 'Refused at verification', requester: 'ADMIN' }).catch(() => undefined);
}

type Check = { ok: true; key: VerifiedKey; confirmed?: string } | { ok: false; reason: BillingServerErrorCode };

function refuse(reason: BillingServerErrorCode): Response {
  return answer(VERIFY_HANDLER_STATUS[reason] ?? 500, { ok: false, reason });
}

function answer(status: number, body: VerifyHandlerAnswer, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}
