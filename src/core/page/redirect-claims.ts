import { readSession, STORAGE_KEYS, writeSession } from './session-map';

/**
 * Which redirect results were already reported, so a remount, React StrictMode's double effects or a reload never
 * report one twice: in memory for this page load (also without storage), in `sessionStorage` across reloads.
 */
let claimed = new Set<string>();

const reported = () => readSession<number>(STORAGE_KEYS.reported, Date.now(), (at) => at);

/** `true` the first time a result is claimed in this page load, `false` when claimed before or reported by an earlier load. */
export function claimRedirect(id: string): boolean {
  if (claimed.has(id) || Object.prototype.hasOwnProperty.call(reported(), id)) return false;
  claimed.add(id);
  return true;
}

/** Records that a redirect result was reported, so a reload does not report it again. */
export function recordReported(id: string): void {
  writeSession(STORAGE_KEYS.reported, { ...reported(), [id]: Date.now() });
}

/** Forgets this page load's claims (a fresh page load, for tests and stories). */
export function resetRedirectClaims(): void {
  claimed = new Set();
}
