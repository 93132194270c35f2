/**
 * Something a page has one of, held by one owner at a time (the payment window, PayPal's button): taking it again as
 * its holder succeeds, another owner is refused until the holder gives it back.
 */
export interface OwnerSlot {
  /** Takes the slot for `owner`; `false` when another owner holds it. */
  readonly claim: (owner: object) => boolean;
  /** Gives the slot back, if `owner` holds it. */
  readonly release: (owner: object) => void;
  /** True while anyone holds it. */
  readonly isHeld: () => boolean;
  /** Frees the slot whoever holds it (a fresh page). */
  readonly reset: () => void;
}

/** A free {@link OwnerSlot}. */
export function createOwnerSlot(): OwnerSlot {
  let holder: object | null = null;
  return {
    claim(owner) {
      if (holder !== null && holder !== owner) return false;
      holder = owner;
      return true;
    },
    release(owner) {
      if (holder === owner) holder = null;
    },
    isHeld: () => holder !== null,
    reset() {
      holder = null;
    },
  };
}
