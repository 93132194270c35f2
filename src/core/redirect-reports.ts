/**
 * Which redirect results were already reported, so a remount, React StrictMode's double effects or a reload
 * do not report one twice. In memory for this page load (also without storage) and in `sessionStorage`
 * for reloads; entries expire after a day and every storage access is guarded.
 */

import { readSession, writeSession } from './session-map';

/** The library's storage key for reported redirects. */
export const REPORTED_STORAGE_KEY = 'react-billing-key:reported';

let claimed = /* @__PURE__ */ new Set<string>();

const load = (now: number) => readSession<number>(REPORTED_STORAGE_KEY, now, (at) => at);

/**
 * Claims a redirect result for this page load: `true` the first time, `false` when it was already
 * claimed in this load or recorded as reported by an earlier one.
 */
export function claimRedirect(id: string, now = Date.now()): boolean {
  if (claimed.has(id) || id in load(now)) return false;
  claimed.add(id);
  return true;
}

/** Records that a redirect result was reported, so a reload does not report it again. */
export function recordReported(id: string, now = Date.now()): void {
  // Without storage (private mode) the in-memory claim still keeps this page load to one report.
  writeSession(REPORTED_STORAGE_KEY, { ...load(now), [id]: now });
}

/** Forgets this page load's claims (tests and Storybook simulate a fresh load with it). */
export function resetRedirectClaims(): void {
  claimed = new Set();
}
