// The shop's PortOne (v1) server and what it knows about the buyer — server only: route handlers import this, never a
// client component. The REST API key and secret come from the environment (PORTONE_API_KEY, PORTONE_API_SECRET; the
// e2e run points PORTONE_API_URL at a fake PortOne on loopback). PORTONE_ALLOW_TEST=1 accepts test-channel keys.
import { createIamportServer, VERIFY_HANDLER_STATUS, isBillingServerError, type IamportServer } from 'react-billing-key/server';
import { getMember } from '../../member';

let server: IamportServer | undefined;

/** The shop's v1 server, made on first use (so `next build` needs no secrets). */
export function portone(): IamportServer {
  const apiKey = process.env.PORTONE_API_KEY;
  const apiSecret = process.env.PORTONE_API_SECRET;
  if (!apiKey || !apiSecret) throw new Error('Set PORTONE_API_KEY and PORTONE_API_SECRET (PortOne console → V1 API).');
  server ??= createIamportServer({ apiKey, apiSecret, baseUrl: process.env.PORTONE_API_URL || undefined });
  return server;
}

/** Whether keys issued on a test channel are accepted (a test shop); never in production. */
export const allowTest = process.env.PORTONE_ALLOW_TEST === '1';

/**
 * The signed-in buyer as PortOne knows them (`customer_id`), or null. A real shop reads its session here (a cookie, a
 * token); the example has one member.
 */
export async function signedInBuyer(): Promise<{ customerId: string } | null> {
  const member = await getMember();
  return member ? { customerId: `member_${member.id}` } : null;
}

// The buyer's saved keys (customer_uid). A real shop keeps them in its database, next to the member; the example keeps
// them in memory, shared by the route handlers of this server process.
const saved: Map<string, Set<string>> = ((globalThis as { __shopSavedKeys?: Map<string, Set<string>> }).__shopSavedKeys ??=
  new Map());

export const savedKeys = {
  of: (customerId: string): string[] => [...(saved.get(customerId) ?? [])],
  add(customerId: string, customerUid: string) {
    saved.set(customerId, new Set([...(saved.get(customerId) ?? []), customerUid]));
  },
  remove: (customerId: string, customerUid: string) => saved.get(customerId)?.delete(customerUid) ?? false,
};

/** A JSON answer for a PortOne failure, with the same statuses as the verify handler (502, 503, 404…). */
export function failure(error: unknown): Response {
  if (!isBillingServerError(error)) throw error;
  return Response.json({ ok: false, reason: error.code }, { status: VERIFY_HANDLER_STATUS[error.code] ?? 500 });
}
