import { createOwnerSlot } from './owner-slot';

// PortOne renders one PayPal RT button per page: two `paypal-rt` containers make its SDK fail ("동일한
// data-portone-ui-type을 갖는 DOM element가 2개 이상 존재합니다", docs: opi/ko/integration/pg/v1/rt/readme). Every
// PayPalBillingButton, of either generation, shares this one slot.
const payPalSlot = /* @__PURE__ */ createOwnerSlot();

/** Takes the page's PayPal slot for `owner`; `false` when another owner holds it. */
export const claimPayPalSlot = (owner: object): boolean => payPalSlot.claim(owner);

/** Gives the slot back, if `owner` holds it. */
export const releasePayPalSlot = (owner: object): void => payPalSlot.release(owner);

/** Frees the slot whoever holds it (a fresh page). */
export const resetPayPalSlot = (): void => payPalSlot.reset();
