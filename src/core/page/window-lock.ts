// Only one PG window can be open on a page: every hook and button, of either generation, shares this lock.
let holder: object | null = null;

/** Takes the page's one payment window for `owner`; `false` when another owner holds it. */
export function acquireWindow(owner: object): boolean {
  if (holder !== null && holder !== owner) return false;
  holder = owner;
  return true;
}

/** Gives the window back, if `owner` holds it. */
export function releaseWindow(owner: object): void {
  if (holder === owner) holder = null;
}

/** True while a request holds the window (loading the SDK, window open, or verifying). */
export function isWindowBusy(): boolean {
  return holder !== null;
}

/** Frees the window whoever holds it (a fresh page). */
export function resetWindowLock(): void {
  holder = null;
}
