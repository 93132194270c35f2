/**
 * Development-only warnings, each printed once per page, and what they remember (customerUids that got a key here).
 * Callers guard every call with `process.env.NODE_ENV !== 'production'`, so production bundles drop this module.
 */
let printed = new Set<string>();
let issuedCustomerUids = new Set<string>();

/** `console.warn`s `message` (prefixed with the library's name) unless it was printed before on this page. */
export function warnOnce(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(`[react-billing-key] ${message}`);
}

/** `console.error`s `message` (prefixed) unless it was printed before on this page. */
export function errorOnce(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.error(`[react-billing-key] ${message}`);
}

/** Remembers that `customerUid` got a key on this page. */
export function noteIssuedKey(customerUid: string | null): void {
  if (customerUid) issuedCustomerUids.add(customerUid);
}

/** True when `customerUid` got a key earlier on this page. */
export function wasKeyIssued(customerUid: string): boolean {
  return issuedCustomerUids.has(customerUid);
}

/** Forgets what was printed and remembered (a fresh page). */
export function resetDevNotes(): void {
  printed = new Set();
  issuedCustomerUids = new Set();
}
