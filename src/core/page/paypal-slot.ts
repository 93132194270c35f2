// PortOne renders one PayPal RT button per page: two `paypal-rt` containers make its SDK fail ("동일한
// data-portone-ui-type을 갖는 DOM element가 2개 이상 존재합니다", docs: opi/ko/integration/pg/v1/rt/readme). Every
// PayPalBillingButton, of either generation, shares this one slot.
let holder: object | null = null;

/** Takes the page's PayPal slot for `owner`; `false` when another owner holds it. */
export function claimPayPalSlot(owner: object): boolean {
  if (holder !== null && holder !== owner) return false;
  holder = owner;
  return true;
}

/** Gives the slot back, if `owner` holds it. */
export function releasePayPalSlot(owner: object): void {
  if (holder === owner) holder = null;
}

/** Frees the slot whoever holds it (a fresh page). */
export function resetPayPalSlot(): void {
  holder = null;
}
