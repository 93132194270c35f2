import { V1_REDIRECT_QUERY_KEYS } from '../vocabulary/v1-wire';
import { stripQueryKeys, withoutAnchor } from './redirect-url';

/**
 * The default `m_redirect_url`: the current page without the library's query keys, keeping the merchant's own keys and
 * a hash route (`https://shop.example/app/#/settings/billing` stays as it is), so the result lands where the button
 * was. A plain anchor (`#plans`) is dropped: it is not a page, and the PG appends its query after the URL.
 */
export function defaultRedirectUrl(currentUrl: string): string {
  return withoutAnchor(stripQueryKeys(currentUrl, V1_REDIRECT_QUERY_KEYS));
}
