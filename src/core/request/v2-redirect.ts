import { V2_ISSUE_ID_KEY, V2_REDIRECT_QUERY_KEYS } from '../vocabulary/v2-wire';
import { stripQueryKeys, withoutAnchor, withQueryKey } from './redirect-url';

/**
 * The default `redirectUrl`: the current page, keeping the merchant's own keys and a hash route, without a plain anchor
 * and without the v2 return keys. PortOne appends its answer with common words (`code`, `message`…): a page whose own
 * query uses one of them would return an ambiguous answer, so those keys are left out of the address to return to.
 */
export function defaultV2RedirectUrl(currentUrl: string): string {
  return withoutAnchor(stripQueryKeys(currentUrl, V2_REDIRECT_QUERY_KEYS));
}

/** `url` with `rbk_issue_id=<issueId>` as the last key of its query string (before any hash), replacing an old one. */
export function withIssueId(url: string, issueId: string): string {
  return withQueryKey(url, V2_ISSUE_ID_KEY, issueId);
}
