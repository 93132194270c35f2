// What the v1 entry (index.ts) and the v2 entry (v2/index.ts) export alike: the generation-free parts of the
// payment-method page, the themes, errors and statuses, and the types of the texts. Each entry re-exports all of it.

// The payment-method page: the recurring-payment consent, the buyer's saved methods, the picker's and checkout's types.
export { RecurringConsent, type RecurringConsentProps } from './components/RecurringConsent';
export type { CheckoutConsent } from './components/method-page/Checkout';
export type { PayPalButtonComponent, PayPalButtonProps } from './components/method-page/binding';
export type {
  MethodRadioProps,
  UseBillingMethodPickerOptions,
  UseBillingMethodPickerValue,
} from './react/method-page/use-method-picker';
export {
  useRecurringConsent,
  type RecurringConsentSettings,
  type UseRecurringConsentOptions,
  type UseRecurringConsentValue,
} from './react/method-page/use-recurring-consent';
export {
  useSavedPaymentMethods,
  type UseSavedPaymentMethodsOptions,
  type UseSavedPaymentMethodsValue,
} from './react/method-page/use-saved-methods';
export type { SavedMethod, SavedMethodsNotice, SavedMethodsSnapshot } from './core/flows/saved-methods';
export type { ConsentRecord } from './core/request/consent';

// Themes (their module has no "use client": callable from a Server Component).
export { createBillingTheme, defaultBillingTheme, type BillingKeyTheme, type BillingKeyThemeOverrides } from './theme/theme';
export { lightBillingTheme, darkBillingTheme, brandBillingTheme } from './theme/themes';

// Errors and statuses.
export { BillingKeyError, isBillingKeyError, type BillingKeyErrorCode, type IssuedKeyResult } from './core/vocabulary/errors';
export { verifyWith } from './core/outcome/verify-with';
export type { BillingKeyStatus } from './core/flows/request-controller';
export type { SdkStatus } from './core/page/sdk-loader';

// Texts.
export type { Locale, CoreMessages, MessageOverrides, LocaleTexts } from './core/vocabulary/core-messages';
export { KO_TEXTS, EN_TEXTS } from './core/vocabulary/core-messages';
export type { Messages, UiMessages } from './texts/messages';
