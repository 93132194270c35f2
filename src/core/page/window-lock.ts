import { createOwnerSlot } from './owner-slot';

// Only one PG window can be open on a page: every hook and button, of either generation, shares this lock.
const windowSlot = /* @__PURE__ */ createOwnerSlot();

/** Takes the page's one payment window for `owner`; `false` when another owner holds it. */
export const acquireWindow = (owner: object): boolean => windowSlot.claim(owner);

/** Gives the window back, if `owner` holds it. */
export const releaseWindow = (owner: object): void => windowSlot.release(owner);

/** True while a request holds the window (loading the SDK, window open, or verifying). */
export const isWindowBusy = (): boolean => windowSlot.isHeld();

/** Frees the window whoever holds it (a fresh page). */
export const resetWindowLock = (): void => windowSlot.reset();
