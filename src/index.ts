// react-billing-key — PortOne v1 (`window.IMP`, `IMP.request_pay` with `customer_uid`). The public contract is DESIGN.md's
// "v1 API"; framework-free helpers are in `react-billing-key/core`, v2 in `react-billing-key/v2`, mocks in
// `react-billing-key/testing`.

// Provider and hooks.
export {
  IamportProvider,
  LeanIamportProvider,
  type IamportProviderProps,
  type LeanIamportProviderProps,
} from './react/IamportProvider';
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
// BillingKeyCheckout, useBillingKeyCheckout and their types (CheckoutMethod, CheckoutSharedRequest…): the module
// exports nothing else.
export * from './components/BillingKeyCheckout';
export { BillingMethodPicker, useBillingMethodPicker, type BillingMethodPickerProps } from './components/BillingMethodPicker';
export { SavedPaymentMethods, type SavedPaymentMethodsProps } from './components/SavedPaymentMethods';

// Requests, results and errors.
export type { BillingKeyRequest, Buyer } from './core/request/v1-types';
export type { RequestPayParams, IamportResponse, CardDetailEntry, PayMethod } from './core/vocabulary/v1-wire';
export type { BillingKeyResult } from './core/outcome/v1-result';
export type { IamportSdk } from './core/page/v1-sdk';
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
// PG_RULES, and each PG's rules on their own for LeanIamportProvider's `rules` (a page keeps only the ones it imports).
export * from './core/rules/v1-pg-rules';
export { getPgRule, type CustomPgCodes, type PgCode, type PgId, type PgRules } from './core/rules/v1-pg-lookup';
export type { BuyerField, MethodRule, ParamRule, PgRule, PositiveAmountRule, ZeroAmountRule } from './core/rules/v1-pg-rule';
export type { IdRule, NoticeKind, ResultDelivery } from './core/rules/shared-rule-types';
export { CARD_COMPANIES, type CardCompany } from './core/rules/cards';
export type { CardCode } from './core/vocabulary/v1-card-codes';

// What both entries export alike: the payment-method page's generation-free parts, themes, errors, texts.
export * from './shared-exports';
