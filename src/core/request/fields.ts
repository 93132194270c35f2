// Small predicates over untrusted values: requests come from typed merchants and from plain JS alike.

/** A plain object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with something in it besides whitespace. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** True when `value` contains whitespace anywhere. */
export function hasWhitespace(value: string): boolean {
  return /\s/.test(value);
}

/** The UTF-8 length of `value` in bytes (what PGs that count bytes count). */
export function byteLength(value: string): number {
  return new TextEncoder().encode(value).length;
}

/**
 * A plausible e-mail address: one `@`, something before it, a dotted domain after it, no spaces. Deliberately loose
 * (the PG checks the rest); it catches what PGs choke on, such as `1234` or `name@`.
 */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** A phone number as buyers type it: digits with optional `+`, spaces, hyphens and parentheses, 7 to 15 digits. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s()-]+$/.test(value) && digits >= 7 && digits <= 15;
}

/** An absolute `http:` or `https:` URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * `value` for a developer's error detail, whatever it is: never throws (a cyclic object, a BigInt, an object without
 * a prototype), so a refusal always names its field.
 */
export function describe(value: unknown): string {
  try {
    if (typeof value === 'string' || (typeof value === 'object' && value !== null)) return JSON.stringify(value) ?? typeof value;
    return String(value);
  } catch {
    return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
  }
}

/**
 * A plausible PortOne v1 user code (가맹점 식별코드) for `IMP.init`: non-blank text without whitespace that is not a v2
 * store id (`store-…`). Anything else of that kind (`imp12345678`, `imp_test_1`) goes to `IMP.init` as is.
 */
export function isUserCode(value: unknown): value is string {
  return isText(value) && !hasWhitespace(value) && !value.startsWith('store-');
}

/** A PortOne v2 store id: `store-` followed by letters, digits and hyphens. */
export function isStoreId(value: unknown): value is string {
  return typeof value === 'string' && /^store-[A-Za-z0-9-]+$/.test(value);
}
