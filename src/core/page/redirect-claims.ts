import { readSession, STORAGE_KEYS, writeSession } from './session-map';

/**
 * Which redirect results were already reported, so a remount, React StrictMode's double effects or a reload never
 * report one twice: in memory for this page load (also without storage), in `sessionStorage` across reloads.
 * A result is known by its attempt (`v1:<merchant_uid>`, `v2:<issueId>`) and by what the answer names (v1's `imp_uid`;
 * v2 names nothing per attempt). A new attempt under the same id releases the attempt's old results, so the return of a
 * retry (the buyer cancelled, then tried again with the merchant's own id) is a new result, not a repeat.
 */
let claimed = new Set<string>();
// The results being verified and reported now, so that a page mounted again meanwhile can follow them.
let running = new Map<string, Promise<unknown>>();

const reported = () => readSession<number>(STORAGE_KEYS.reported, Date.now(), (at) => at);

const keyOf = (attempt: string, answer: string) => `${attempt} ${answer}`;

/** `true` the first time a result is claimed in this page load, `false` when claimed before or reported by an earlier load. */
export function claimRedirect(attempt: string, answer = ''): boolean {
  const key = keyOf(attempt, answer);
  if (claimed.has(key) || Object.prototype.hasOwnProperty.call(reported(), key)) return false;
  claimed.add(key);
  return true;
}

/** Records that a redirect result was reported, so a reload does not report it again. */
export function recordReported(attempt: string, answer = ''): void {
  writeSession(STORAGE_KEYS.reported, { ...reported(), [keyOf(attempt, answer)]: Date.now() });
}

/** Marks a claimed result as being verified and reported by `run`, until `run` settles. */
export function trackRedirect(attempt: string, answer: string, run: Promise<unknown>): void {
  const key = keyOf(attempt, answer);
  running.set(key, run);
  const done = () => {
    if (running.get(key) === run) running.delete(key);
  };
  run.then(done, done);
}

/** The run verifying and reporting this result now, if one is. */
export function runningRedirect(attempt: string, answer = ''): Promise<unknown> | undefined {
  return running.get(keyOf(attempt, answer));
}

/** Forgets the results reported for `attempt`: a new attempt under that id is about to open its window. */
export function releaseRedirectClaims(attempt: string): void {
  const prefix = keyOf(attempt, '');
  claimed = new Set([...claimed].filter((key) => !key.startsWith(prefix)));
  const all = Object.entries(reported());
  const kept = all.filter(([key]) => !key.startsWith(prefix));
  // Usually nothing to release: storage is written only when something changes.
  if (kept.length < all.length) writeSession(STORAGE_KEYS.reported, Object.fromEntries(kept));
}

/** The claim name of an attempt: its generation and id (`merchant_uid` / `issueId`). */
export const attemptClaim = (generation: 'v1' | 'v2', attemptId: string) => `${generation}:${attemptId}`;

/** Forgets this page load's claims (a fresh page load, for tests and stories). */
export function resetRedirectClaims(): void {
  claimed = new Set();
  running = new Map();
}
