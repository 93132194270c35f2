import { BillingServerError } from './errors';
import { field } from './http';

/** Asks PortOne for a new access token: `token` and when it expires (local clock, ms). */
export type TokenRequest = () => Promise<{ token: string; expiresAt: number }>;

/**
 * One v1 access token for a server: kept until it expires, fetched by one request however many calls wait for it, and
 * forgotten when that request fails (the next call asks again). `invalidate` drops a token PortOne refused (401).
 */
export function createTokenCache(request: TokenRequest) {
  let cached: { token: string; expiresAt: number } | null = null;
  let inFlight: Promise<string> | null = null;
  return {
    get(): Promise<string> {
      if (cached && Date.now() < cached.expiresAt) return Promise.resolve(cached.token);
      inFlight ??= request()
        .then((fresh) => {
          cached = fresh;
          return fresh.token;
        })
        .finally(() => {
          inFlight = null;
        });
      return inFlight;
    },
    invalidate(token: string): void {
      if (cached?.token === token) cached = null;
    },
  };
}

/**
 * Reads `POST /users/getToken`'s `response` (`access_token`, `expired_at`, `now`, UNIX seconds). The lifetime is
 * `expired_at - now` on PortOne's clock, applied to ours, so a skewed server clock neither keeps a dead token nor drops a
 * live one early.
 */
export function readToken(response: unknown): { token: string; expiresAt: number } {
  const token = field(response, 'access_token');
  const expiredAt = field(response, 'expired_at');
  const now = field(response, 'now');
  if (typeof token !== 'string' || !token || typeof expiredAt !== 'number') {
    throw new BillingServerError('PORTONE_ERROR', 'PortOne answered the token request without a token.');
  }
  const lifetimeMs = typeof now === 'number' ? (expiredAt - now) * 1000 : expiredAt * 1000 - Date.now();
  return { token, expiresAt: Date.now() + lifetimeMs };
}
