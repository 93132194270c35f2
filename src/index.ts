// react-billing-key — PortOne v1 (`window.IMP`, `IMP.request_pay` with `customer_uid`). The public contract is DESIGN.md's
// "v1 API"; framework-free helpers are in `react-billing-key/core`, v2 in `react-billing-key/v2`, mocks in
// `react-billing-key/testing`.

// Provider and hooks.
export { IamportProvider, type IamportProviderProps } from './react/IamportProvider';
export { useIamport, type UseIamportValue } from './react/useIamport';
export { useBillingKey, isBillingKeyBusy, type UseBillingKeyOptions, type UseBillingKeyValue } from './react/useBillingKey';
export {
  useBillingKeyRedirect,
  type BillingKeyRedirectStatus,
  type UseBillingKeyRedirectOptions,
  type UseBillingKeyRedirectValue,
} from './react/useBillingKeyRedirect';
export { useCardFilter, type CardCheckboxProps, type UseCardFilterOptions, type UseCardFilterValue } from './react/useCardFilter';

// Components.
export { BillingKeyButton, type BillingKeyButtonProps } from './components/BillingKeyButton';
export { PayPalBillingButton, type PayPalBillingButtonProps } from './components/PayPalBillingButton';
export type { PayPalRequest } from './core/request/v1-paypal-request';
export { BillingKeyRedirect, type BillingKeyRedirectProps } from './components/BillingKeyRedirect';
export { CardFilter, type CardFilterProps } from './components/CardFilter';
export { PgNotice, type PgNoticeProps } from './components/PgNotice';

// The payment-method page: several methods in one checkout, the recurring-payment consent, the buyer's saved methods.
export {
  BillingKeyCheckout,
  useBillingKeyCheckout,
  type BillingKeyCheckoutProps,
  type CheckoutMethod,
  type CheckoutSharedRequest,
  type UseBillingKeyCheckoutOptions,
  type UseBillingKeyCheckoutValue,
} from './components/BillingKeyCheckout';
export { BillingMethodPicker, useBillingMethodPicker, type BillingMethodPickerProps } from './components/BillingMethodPicker';
export { RecurringConsent, type RecurringConsentProps } from './components/RecurringConsent';
export { SavedPaymentMethods, type SavedPaymentMethodsProps } from './components/SavedPaymentMethods';
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

// Requests, results and errors.
export { BillingKeyError, isBillingKeyError, type BillingKeyErrorCode, type IssuedKeyResult } from './core/vocabulary/errors';
export { verifyWith } from './core/outcome/verify-with';
export type { BillingKeyStatus } from './core/flows/request-controller';
export type { BillingKeyRequest, Buyer } from './core/request/v1-types';
export type { RequestPayParams, IamportResponse, CardDetailEntry, PayMethod } from './core/vocabulary/v1-wire';
export type { BillingKeyResult } from './core/outcome/v1-result';
export type { IamportSdk } from './core/page/v1-sdk';
export type { SdkStatus } from './core/page/sdk-loader';
export { type CardInstallments, toCardDetail, type CardDetailOptions } from './core/request/card-detail';

/** A request's final outcome, as `IamportProvider`'s `onResult` receives it. */
export type BillingKeyOutcome = import('./core/outcome/outcome').BillingKeyOutcome<
  import('./core/outcome/v1-result').BillingKeyResult
>;
/**
 * Asks your server to confirm a v1 key (there: `GET /subscribe/customers/{customer_uid}`; in production refuse a key whose
 * `sandbox` is `true`); resolve `true` to confirm.
 */
export type VerifyBillingKey = import('./core/outcome/outcome').VerifyBillingKey<
  import('./core/outcome/v1-result').BillingKeyResult
>;

// PG rules and card codes.
export { PG_RULES } from './core/rules/v1-pg-rules';
export { getPgRule, type CustomPgCodes, type PgCode, type PgId, type PgRules } from './core/rules/v1-pg-lookup';
export type { BuyerField, MethodRule, ParamRule, PgRule, PositiveAmountRule, ZeroAmountRule } from './core/rules/v1-pg-rule';
export type { IdRule, NoticeKind, ResultDelivery } from './core/rules/shared-rule-types';
export { CARD_COMPANIES, type CardCompany } from './core/rules/cards';
export type { CardCode } from './core/vocabulary/v1-card-codes';

// Texts.
export type { Locale, CoreMessages, MessageOverrides } from './core/vocabulary/core-messages';
export type { UiMessages } from './messages/ui-messages';
export type { Messages } from './messages/messages';
