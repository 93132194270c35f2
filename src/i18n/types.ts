import type { BillingKeyErrorCode } from '../core/errors';

/** A language the library ships messages for. */
export type Locale = 'ko' | 'en';

/**
 * Messages the request flow needs (errors and the default order name).
 * `INVALID_PARAMS` is followed by the field at fault and an English detail for the merchant's developer.
 */
export interface CoreMessages {
  /** The `name` sent when the request has none. */
  defaultOrderName: string;
  /** The message of a {@link BillingKeyError} for each code. */
  errors: Record<BillingKeyErrorCode, string>;
}

/** Deep-partial overrides for a message section. */
export type MessageOverrides<T> = { [K in keyof T]?: T[K] extends string ? string : MessageOverrides<T[K]> };

/** Fills `{name}` placeholders in a template. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Merges overrides over a base section, one level of nesting deep (the shape of every section). */
export function mergeMessages<T extends object>(base: T, overrides: MessageOverrides<T> | undefined): T {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    if (value !== undefined)
      merged[key] = typeof value === 'object' && typeof current === 'object' ? { ...current, ...value } : value;
  }
  return merged as T;
}
