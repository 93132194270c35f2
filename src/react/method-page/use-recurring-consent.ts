import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { consentRecord, consentVersionOf, type ConsentGate, type ConsentRecord } from '../../core/request/consent';
import { useLatest } from '../use-latest';

/** The consent's settings: which terms, and whether registering needs them ticked. */
export interface RecurringConsentSettings {
  /** Your version of the terms (e.g. `'2026-12'`); it travels with the key in `result.consent.version`. */
  version: string;
  /** Registering needs the box ticked. Default `true`. */
  required?: boolean | undefined;
}

/** Options of {@link useRecurringConsent}. */
export interface UseRecurringConsentOptions extends RecurringConsentSettings {
  /** Ticked (controlled): pass the `agreedAt` you keep too, through `onChange`'s record. */
  checked?: boolean | undefined;
  /** Ticked at first (uncontrolled). Default `false`: consent is the buyer's own act. */
  defaultChecked?: boolean | undefined;
  /** Called when the buyer ticks (with the record: version and ISO time) or unticks (`null`). */
  onChange?: ((record: ConsentRecord | null) => void) | undefined;
}

/** What {@link useRecurringConsent} returns. */
export interface UseRecurringConsentValue {
  checked: boolean;
  /** The consent given (`{ version, agreedAt }`), or `null` while not ticked. */
  record: ConsentRecord | null;
  required: boolean;
  /** True while registering must wait: required and not ticked. */
  blocked: boolean;
  /** What a request is gated by. */
  gate: ConsentGate;
  /** Ticks or unticks (the time of ticking is the record's `agreedAt`). */
  setChecked: (checked: boolean) => void;
}

/**
 * Where a `BillingKeyCheckout` keeps the consent of the `RecurringConsent` inside it, so its register button reads it.
 * `declare` registers a consent rendered deeper than the checkout could see; it returns the undo.
 */
export interface ConsentSlot {
  readonly record: ConsentRecord | null;
  readonly agree: (record: ConsentRecord | null) => void;
  readonly declare: (settings: RecurringConsentSettings) => () => void;
}

/** Set by `BillingKeyCheckout` around its children. */
export const ConsentSlotContext = /* @__PURE__ */ createContext<ConsentSlot | null>(null);

/** True when the settings require the box ticked (`required` defaults to `true`). */
export function isRequired(settings: { required?: unknown } | null | undefined): boolean {
  return settings ? settings.required !== false : false;
}

/**
 * The recurring-payment consent, headless: ticked or not, the record (terms version, ISO time of ticking), and whether
 * registering must wait. A new `version` unticks the box (the buyer agreed to other terms). Inside a
 * `BillingKeyCheckout` the checkout keeps the state, so its register button reads it.
 */
export function useRecurringConsent(options: UseRecurringConsentOptions): UseRecurringConsentValue {
  const slot = useContext(ConsentSlotContext);
  const version = consentVersionOf(options.version);
  const required = isRequired(options);
  const [own, setOwn] = useState<ConsentRecord | null>(() => (options.defaultChecked === true ? consentRecord(version) : null));
  const latest = useLatest(options);

  const { declare } = slot ?? {};
  useEffect(() => declare?.({ version, required }), [declare, version, required]);

  const stored = slot ? slot.record : own;
  const current = stored && stored.version === version ? stored : null;
  const checked = typeof options.checked === 'boolean' ? options.checked : current !== null;
  // A controlled box ticked without a record of ours was ticked now, as far as the library can tell.
  const [controlledAt] = useState(() => new Date());
  const record = checked ? (current ?? { version, agreedAt: controlledAt.toISOString() }) : null;

  const agree = slot?.agree;
  const setChecked = useCallback(
    (next: boolean) => {
      const value = next ? consentRecord(version) : null;
      if (agree) agree(value);
      else setOwn(value);
      latest.current.onChange?.(value);
    },
    [agree, version, latest],
  );

  const gate = { required, record };
  return { checked, record, required, blocked: required && !record, gate, setChecked };
}
