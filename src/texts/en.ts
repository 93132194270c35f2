import type { PageMessages, PayPalMessages, UiMessages } from './messages';

// English texts of the components, one export per component: a page carries the texts of the components it shows (a
// bundler drops the exports nothing imports). Each component's table (ui-messages.ts…) pairs them with the other locale's.

/** `BillingKeyButton`'s texts. */
export const button: UiMessages['button'] = {
  label: 'Register card',
  loading: 'Loading payment module…',
  pending: 'Continue in the payment window…',
  verifying: 'Confirming your card…',
};

/** The notices (`PgNotice`, a button's notice), one per notice kind. */
export const notice: UiMessages['notice'] = {
  testCharge: 'To check your card, {amount} is charged and automatically cancelled about 30 minutes later.',
  displayOnly: 'The {amount} shown in the payment window is not charged now but after your card is registered.',
  windowShowsAmount: 'The payment window shows {amount}, but nothing is charged: only your card is registered.',
  chargedNow: '{amount} is charged now, together with registering your payment method.',
  sameAmountMonthly: 'Later payments are charged the same amount on the same day each month.',
  monthlyChargeCap: 'A registered payment method can be charged only a limited number of times per month.',
  payMethodChosenByBuyer: 'You choose the payment method in the payment window, and later payments use the same one.',
  identityVerification: 'The first registration includes identity verification by phone.',
  nothingChargedNow: 'Nothing is charged now; your payment method is only registered.',
  mayStayPending: 'The first payment may not be approved at once but confirmed a little later; you will be told when it is.',
};

/** `CardFilter`'s texts. */
export const cardFilter: UiMessages['cardFilter'] = {
  legend: 'Card companies',
  selectAll: 'Select all',
  clear: 'Clear',
  noneSelected: 'Select at least one card company.',
  overseas: 'Overseas cards',
  keyboardHint: 'Use the arrow keys to move between card companies and Space to select one.',
};

/** The payment-method page (`BillingKeyCheckout`, `BillingMethodPicker`, `RecurringConsent`, `SavedPaymentMethods`). */
export const page: PageMessages = {
  methodPicker: { legend: 'Payment method', card: 'Card', phone: 'Phone', transfer: 'Bank transfer', easyPay: 'Easy pay' },
  checkout: {
    register: 'Register {method}',
    noMethods: 'No payment method can be registered right now.',
    payPalNeedsConsent: 'The PayPal button appears once you agree to recurring payments.',
  },
  consent: {
    agree: 'I agree to recurring payments',
    required: '(required)',
    optional: '(optional)',
    reason: 'Agree to recurring payments to register a payment method.',
  },
  savedMethods: {
    heading: 'Saved payment methods',
    loading: 'Loading your saved payment methods…',
    empty: 'You have no saved payment methods.',
    loadFailed: 'Your saved payment methods could not be loaded.',
    retry: 'Try again',
    default: 'Default',
    issuedAt: 'Added {date}',
    remove: 'Remove',
    replace: 'Replace',
    removeLabel: 'Remove {method}',
    replaceLabel: 'Replace {method}',
    working: 'Working…',
    confirmTitle: 'Remove this payment method?',
    confirmBody: '{method}: once removed, it is no longer charged.',
    confirmRemove: 'Remove',
    cancel: 'Cancel',
    replaceHeading: 'New payment method instead of {method}',
    replaceCancel: 'Cancel replacing',
    removed: 'Removed: {method}',
    removeFailed: 'Could not remove {method}. It is still saved. Please try again shortly.',
    replaced: 'Your new payment method is saved, and {method} was removed.',
    replaceCancelled: 'Replacing was cancelled. {method} is still saved.',
    replaceFailed: 'The new payment method could not be registered. {method} is still saved.',
    oldKept: 'Your new payment method is saved, but {method} could not be removed. Both are still saved.',
  },
};

/** What `PayPalBillingButton` says around PayPal's own button. */
export const payPal: PayPalMessages['paypal'] = {
  label: 'Register with PayPal',
  loading: 'Loading the PayPal button…',
  verifying: 'Confirming your PayPal registration…',
};
