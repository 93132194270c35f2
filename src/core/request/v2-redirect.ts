import { readQueryKeys, stripQueryKeys, withoutAnchor } from './redirect-url';

/**
 * The library's own query key on the `redirectUrl` it sends: the attempt's `issueId`. PortOne's v2 return carries the
 * response fields but no `issueId` (no docs page lists one), so the library puts it there itself to match the return
 * to the request remembered before the window opened.
 */
export const V2_ISSUE_ID_KEY = 'rbk_issue_id';

/**
 * The fields PortOne v2 appends to `redirectUrl`: the names of `IssueBillingKeyResponse` (docs list them for payments;
 * PortOne's Android and React Native SDKs read them so for billing keys). `billingIssueToken` comes with manual
 * confirmation.
 */
export const V2_RESULT_QUERY_KEYS = [
  'transactionType',
  'billingKey',
  'billingIssueToken',
  'code',
  'message',
  'pgCode',
  'pgMessage',
] as const;

/** Every query key of a v2 return (the library's `rbk_issue_id` and PortOne's fields); removed once it is reported. */
export const V2_REDIRECT_QUERY_KEYS = [V2_ISSUE_ID_KEY, ...V2_RESULT_QUERY_KEYS] as const;

/**
 * The default `redirectUrl`: the current page, keeping the merchant's own keys and a hash route, without a plain anchor
 * and without the v2 return keys. PortOne appends its answer with common words (`code`, `message`…): a page whose own
 * query uses one of them would return an ambiguous answer, so those keys are left out of the address to return to.
 */
export function defaultV2RedirectUrl(currentUrl: string): string {
  return withoutAnchor(stripQueryKeys(currentUrl, V2_REDIRECT_QUERY_KEYS));
}

/** The v2 return keys `url`'s query already has (PortOne's answer there would be ambiguous). */
export function returnKeysIn(url: string): string[] {
  return Object.keys(readQueryKeys(url, V2_RESULT_QUERY_KEYS));
}

/** `url` with `rbk_issue_id=<issueId>` as the last key of its query string (before any hash), replacing an old one. */
export function withIssueId(url: string, issueId: string): string {
  const clean = stripQueryKeys(url, [V2_ISSUE_ID_KEY]);
  const hashAt = clean.indexOf('#');
  const beforeHash = hashAt === -1 ? clean : clean.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : clean.slice(hashAt);
  const separator = !beforeHash.includes('?') ? '?' : /[?&]$/.test(beforeHash) ? '' : '&';
  return `${beforeHash}${separator}${V2_ISSUE_ID_KEY}=${encodeURIComponent(issueId)}${hash}`;
}
