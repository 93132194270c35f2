/**
 * The evidence of a buyer's recurring-payment consent that travels with an issued key (`result.consent`), so the shop
 * stores it beside the key: which version of the terms, and when the buyer ticked the box.
 */
export interface ConsentRecord {
  /** The merchant's version of the terms the buyer agreed to (e.g. `'2026-12'`). */
  readonly version: string;
  /** When the buyer agreed, as an ISO 8601 time in UTC (`2026-12-06T07:30:00.000Z`). */
  readonly agreedAt: string;
}

/** What a request is gated by: whether consent is required, and the consent given (if any). */
export interface ConsentGate {
  readonly required: boolean;
  readonly record: ConsentRecord | null;
}

/** The terms' version as the library keeps it: a non-blank string, or `''` for anything else (a JS caller's mistake). */
export function consentVersionOf(version: unknown): string {
  return typeof version === 'string' && version.trim() !== '' ? version : typeof version === 'number' ? String(version) : '';
}

/** A record of consent to `version` given at `at`. */
export function consentRecord(version: string, at: Date = new Date()): ConsentRecord {
  return { version, agreedAt: at.toISOString() };
}

/** True for a well-formed {@link ConsentRecord} (read back from storage after a redirect: never trusted blindly). */
export function isConsentRecord(value: unknown): value is ConsentRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { version, agreedAt } = value as Record<string, unknown>;
  return typeof version === 'string' && typeof agreedAt === 'string' && !Number.isNaN(Date.parse(agreedAt));
}
