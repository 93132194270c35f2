import { BillingServerError } from './errors';

/**
 * Why a key was refused: `NOT_FOUND` (PortOne does not know it), `DELETED` (v2: it was deleted), `TEST_KEY` (issued on a
 * test channel and tests are not allowed), `MISMATCH` (another buyer's, attempt's, store's or PG's key).
 */
export type VerifyRefusal = 'NOT_FOUND' | 'DELETED' | 'TEST_KEY' | 'MISMATCH';

/** A check's verdict: PortOne's own record of the key, or why it was refused. */
export type VerifyResult<TInfo> = { ok: true; info: TInfo } | { ok: false; reason: VerifyRefusal };

/** The first refusal that applies, in the order NOT_FOUND → DELETED → TEST_KEY → MISMATCH, or the record. */
export function verdict<TInfo>(info: TInfo, refusals: readonly [VerifyRefusal, boolean][]): VerifyResult<TInfo> {
  const refusal = refusals.find(([, applies]) => applies);
  return refusal ? { ok: false, reason: refusal[0] } : { ok: true, info };
}

/** The record a read resolves, or `undefined` when PortOne said it has none (`NOT_FOUND`); other failures throw. */
export async function unlessNotFound<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof BillingServerError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}
