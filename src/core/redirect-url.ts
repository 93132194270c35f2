import type { IamportResponse } from './types';

/** Query keys PortOne appends to `m_redirect_url`; the library reads and then removes them. */
export const REDIRECT_QUERY_KEYS = ['imp_uid', 'merchant_uid', 'imp_success', 'success', 'error_code', 'error_msg'] as const;

/**
 * Reads the result PortOne appended to `m_redirect_url` (`imp_uid`, `merchant_uid`, `imp_success`/`success`,
 * `error_code`, `error_msg`) from a URL or a search string. Values stay strings (`imp_success: 'false'`);
 * `null` when there is no `merchant_uid`, i.e. the page was not opened by a redirect.
 */
export function parseRedirectQuery(url: string): IamportResponse | null {
  const query = new URL(url, 'http://localhost').searchParams;
  if (!query.get('merchant_uid')) return null;
  const response: IamportResponse = {};
  for (const key of REDIRECT_QUERY_KEYS) {
    const value = query.get(key);
    if (value !== null) response[key] = value;
  }
  return response;
}

/**
 * `url` (absolute) without the library's redirect query keys; the merchant's own keys keep their exact
 * spelling and order, and the hash is kept.
 */
export function stripRedirectQuery(url: string): string {
  const parsed = new URL(url);
  // The pairs as the URL already spells them: setting them back changes no encoding.
  parsed.search = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !(REDIRECT_QUERY_KEYS as readonly string[]).includes(pair.split('=')[0]!))
    .join('&');
  return parsed.href;
}

/** The default `m_redirect_url`: `url` without the redirect query keys and without its hash, so the PG can append its own query. */
export function cleanRedirectUrl(url: string): string {
  return stripRedirectQuery(url).split('#')[0]!;
}
