import type { Locale } from '../core/vocabulary/core-messages';

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

/**
 * The PayPal texts per locale, in their own module: only a page with a `PayPalBillingButton` carries them.
 */
export const PAYPAL_MESSAGES: Readonly<Record<Locale, PayPalMessages>> = {
  ko: { paypal: { label: 'PayPal로 결제수단 등록', loading: 'PayPal 버튼 불러오는 중…', verifying: 'PayPal 등록 확인 중…' } },
  en: {
    paypal: {
      label: 'Register with PayPal',
      loading: 'Loading the PayPal button…',
      verifying: 'Confirming your PayPal registration…',
    },
  },
};
