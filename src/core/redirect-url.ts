/** Query keys PortOne appends to `m_redirect_url`; the library reads and then removes them. */
export const REDIRECT_QUERY_KEYS = ['imp_uid', 'merchant_uid', 'imp_success', 'success', 'error_code', 'error_msg'] as const;

/** `url` without the redirect query keys and without its hash, so the PG can append its own query. */
export function cleanRedirectUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of REDIRECT_QUERY_KEYS) parsed.searchParams.delete(key);
  parsed.hash = '';
  return parsed.toString();
}
