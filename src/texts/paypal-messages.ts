import type { Locale } from '../core/vocabulary/core-messages';
import * as ko from './ko';
import * as en from './en';
import type { PayPalMessages } from './messages';

export type { PayPalMessages };

/** The PayPal texts per locale, in their own module: only a page with a `PayPalBillingButton` carries them. */
export const PAYPAL_MESSAGES: Readonly<Record<Locale, PayPalMessages>> = { ko: { paypal: ko.payPal }, en: { paypal: en.payPal } };
