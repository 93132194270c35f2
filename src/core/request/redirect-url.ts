import type { Check } from './check';
import { isHttpUrl } from './fields';

// The page URL around a redirect: the default return address, the result PortOne appends to it, and the cleanup.
// Hash-routed apps keep their route in the hash (`/app/#/settings/billing`), so a result can sit in the query string
// or in a query inside the hash, depending on how the SDK appended it.

interface UrlParts {
  /** Everything before `?` or `#`. */
  base: string;
  /** The query string without its `?` (may be empty). */
  search: string;
  /** The hash route before its own `?`, with the `#` (may be empty). */
  hashPath: string;
  /** A query inside the hash, without its `?` (may be empty). */
  hashSearch: string;
}

function splitUrl(url: string): UrlParts {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const searchAt = beforeHash.indexOf('?');
  const hashSearchAt = hash.indexOf('?');
  return {
    base: searchAt === -1 ? beforeHash : beforeHash.slice(0, searchAt),
    search: searchAt === -1 ? '' : beforeHash.slice(searchAt + 1),
    hashPath: hashSearchAt === -1 ? hash : hash.slice(0, hashSearchAt),
    hashSearch: hashSearchAt === -1 ? '' : hash.slice(hashSearchAt + 1),
  };
}

// The pairs as the URL spells them, without `keys`: the merchant's own keys keep their exact encoding and order.
function withoutKeys(search: string, keys: readonly string[]): string {
  return search
    .split('&')
    .filter((pair) => pair !== '' && !keys.includes(safeDecode(pair.split('=')[0] ?? '')))
    .join('&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * `url` without `keys`, from its query string and from a query inside its hash; everything else (the merchant's own
 * keys, the hash route) stays exactly as written.
 */
export function stripQueryKeys(url: string, keys: readonly string[]): string {
  const parts = splitUrl(url);
  return joinUrl(parts, withoutKeys(parts.search, keys), withoutKeys(parts.hashSearch, keys));
}

/**
 * `url` with `key=value` as the last key of its query string (before any hash), and without any other `key` (in the
 * query string or in a query inside the hash); everything else stays exactly as written.
 */
export function withQueryKey(url: string, key: string, value: string): string {
  const parts = splitUrl(url);
  const pair = `${key}=${encodeURIComponent(value)}`;
  const search = withoutKeys(parts.search, [key]);
  return joinUrl(parts, search ? `${search}&${pair}` : pair, withoutKeys(parts.hashSearch, [key]));
}

function joinUrl(parts: UrlParts, search: string, hashSearch: string): string {
  return parts.base + (search ? `?${search}` : '') + parts.hashPath + (hashSearch ? `?${hashSearch}` : '');
}

/**
 * The values of `keys` in `url`: from the query string, and from a query inside the hash for those the query string
 * does not have. Values are decoded strings; keys that are absent are left out.
 */
export function readQueryKeys(url: string, keys: readonly string[]): Record<string, string> {
  const parts = splitUrl(url);
  const values = Object.create(null) as Record<string, string>;
  for (const search of [parts.search, parts.hashSearch]) {
    const query = new URLSearchParams(search);
    for (const key of keys) {
      const value = query.get(key);
      if (value !== null && !(key in values)) values[key] = value;
    }
  }
  return values;
}

/**
 * Checks a return address (v1 `m_redirect_url`, v2 `redirectUrl`): an absolute http(s) URL that does not already carry
 * the generation's `returnKeys` (PortOne appends its answer under those names: the return would be ambiguous).
 * @throws {BillingKeyError} `INVALID_PARAMS` on `redirectUrl`.
 */
export function checkReturnAddress(check: Check, url: unknown, returnKeys: readonly string[]): void {
  const dev = process.env.NODE_ENV !== 'production';
  check(
    url === undefined || (typeof url === 'string' && isHttpUrl(url)),
    'redirectUrl',
    dev && 'must be an absolute http(s) URL',
  );
  const clashing = url === undefined ? [] : returnKeysIn(url, returnKeys);
  check(
    clashing.length === 0,
    'redirectUrl',
    dev &&
      `must not carry ${clashing.join(', ')}: PortOne appends its answer under those names, so the return would be ambiguous`,
  );
}

/** The return keys (`keys`) `url` already carries in its query or hash query: PortOne's answer there would be ambiguous. */
export function returnKeysIn(url: string, keys: readonly string[]): string[] {
  return Object.keys(readQueryKeys(url, keys));
}

/**
 * A return's values of `keys` in `url`, read as PortOne wrote them: from the query string and from a query inside the
 * hash. `null` when the return is ambiguous — a key written more than once, in one place or in both — since picking one
 * of them could report another request's answer (a shop's own `merchant_uid` beside PortOne's). Keys that are absent
 * are left out.
 */
export function readReturnKeys(url: string, keys: readonly string[]): Record<string, string> | null {
  const parts = splitUrl(url);
  const values = Object.create(null) as Record<string, string>;
  const counts = new Map<string, number>();
  for (const search of [parts.search, parts.hashSearch]) {
    for (const [key, value] of new URLSearchParams(search)) {
      if (!keys.includes(key)) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      values[key] = value;
    }
  }
  return [...counts.values()].some((count) => count > 1) ? null : values;
}

/** `url` without its hash, unless the hash is a route (`#/…` or `#!/…`, as hash routers write them). */
export function withoutAnchor(url: string): string {
  const hashAt = url.indexOf('#');
  if (hashAt === -1 || /^#!?\//.test(url.slice(hashAt))) return url;
  return url.slice(0, hashAt);
}
