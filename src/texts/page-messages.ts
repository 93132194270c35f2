import type { Locale } from '../core/vocabulary/core-messages';
import * as ko from './ko';
import * as en from './en';
import type { PageMessages } from './messages';

export type { PageMessages };

/**
 * The payment-method page's texts per locale (`BillingKeyCheckout`, `BillingMethodPicker`, `RecurringConsent`,
 * `SavedPaymentMethods`), in their own module so a page with only `BillingKeyButton` does not carry them.
 */
export const PAGE_MESSAGES: Readonly<Record<Locale, PageMessages>> = { ko: ko.page, en: en.page };
