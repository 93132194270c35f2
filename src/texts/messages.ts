import type { CoreMessages } from '../core/vocabulary/core-messages';

// The shapes of the components' texts; each locale's texts are ko.ts and en.ts, each component's table per locale is
// ui-messages.ts (button, notices, card filter), page-messages.ts (the payment-method page) and paypal-messages.ts.

/**
 * Labels and notices the components show (the request flow's texts are `CoreMessages`). Notices may use `{amount}`: the
 * amount with its currency, as the locale writes it (`9,900원`, `9,900 KRW`, `US$10.00`).
 */
export interface UiMessages {
  button: {
    /** The button's label when it has no children. */
    label: string;
    /** Shown (and announced) while the SDK loads. */
    loading: string;
    /** Shown (and announced) while the PG window is open. */
    pending: string;
    /** Shown (and announced) while the merchant's server verifies the key. */
    verifying: string;
  };
  /** One text per notice kind (`PgNoticeItem.kind`). */
  notice: {
    testCharge: string;
    displayOnly: string;
    windowShowsAmount: string;
    chargedNow: string;
    sameAmountMonthly: string;
    monthlyChargeCap: string;
    payMethodChosenByBuyer: string;
    identityVerification: string;
    nothingChargedNow: string;
    mayStayPending: string;
  };
  cardFilter: {
    legend: string;
    selectAll: string;
    clear: string;
    /** Shown when no card company is selected. */
    noneSelected: string;
    /** Caption of the overseas brands. */
    overseas: string;
    /** How to move between companies with the keyboard (read by screen readers). */
    keyboardHint: string;
  };
}

/**
 * Texts of the payment-method page (`BillingKeyCheckout`, `BillingMethodPicker`, `RecurringConsent`,
 * `SavedPaymentMethods`), in their own module so a page with only `BillingKeyButton` does not carry them. `{method}`
 * is a method's name, `{date}` a date as the locale writes it.
 */
export interface PageMessages {
  methodPicker: {
    /** The radio group's name. */
    legend: string;
    /** Default names of methods by what they pay with (an easy-pay PG is named by its brand instead). */
    card: string;
    phone: string;
    transfer: string;
    easyPay: string;
  };
  checkout: {
    /** The register button's label for the chosen method. */
    register: string;
    /** Shown when `methods` offers nothing to choose. */
    noMethods: string;
    /** Shown instead of PayPal's button while a required consent is not ticked. */
    payPalNeedsConsent: string;
  };
  consent: {
    /** The checkbox's label before the merchant's terms. */
    agree: string;
    required: string;
    optional: string;
    /** Why the register button is disabled (shown and announced). */
    reason: string;
  };
  savedMethods: {
    heading: string;
    loading: string;
    empty: string;
    loadFailed: string;
    retry: string;
    default: string;
    issuedAt: string;
    remove: string;
    replace: string;
    /** The remove button's accessible name: the method is named. */
    removeLabel: string;
    replaceLabel: string;
    working: string;
    confirmTitle: string;
    confirmBody: string;
    confirmRemove: string;
    cancel: string;
    replaceHeading: string;
    replaceCancel: string;
    removed: string;
    removeFailed: string;
    replaced: string;
    replaceCancelled: string;
    replaceFailed: string;
    oldKept: string;
  };
}

/** What `PayPalBillingButton` says around PayPal's own button (override them under `messages.paypal`). */
export interface PayPalMessages {
  paypal: {
    /** The accessible name of the area PayPal's button is rendered into. */
    label: string;
    /** Shown (and announced) while the SDK and PayPal's button load. */
    loading: string;
    /** Shown (and announced) while the merchant's server verifies the key. */
    verifying: string;
  };
}

/** Every text the library shows; a provider's `messages` prop overrides any of them. */
export type Messages = CoreMessages & UiMessages & PageMessages & PayPalMessages;
