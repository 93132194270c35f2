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
