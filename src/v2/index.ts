// react-billing-key/v2 — PortOne v2 (`window.PortOne`, `PortOne.requestIssueBillingKey`). The public contract is
// DESIGN.md's "v2 API": the same components, statuses, errors, themes and guarantees as the v1 entry, for v2's
// request and result. Framework-free helpers are in `react-billing-key/core`, the mock in `react-billing-key/testing`.

// Provider and hooks.
export {
  PortOneProvider,
  LeanPortOneProvider,
  type PortOneProviderProps,
  type LeanPortOneProviderProps,
} from '../react/v2/PortOneProvider';
export { usePortOne, type UsePortOneValue } from '../react/v2/usePortOne';
export { useBillingKey, type UseBillingKeyOptions, type UseBillingKeyValue } from '../react/v2/useBillingKey';
export {
  useBillingKeyRedirect,
  type UseBillingKeyRedirectOptions,
  type UseBillingKeyRedirectValue,
} from '../react/v2/useBillingKeyRedirect';
export type { BillingKeyRedirectStatus } from '../react/use-redirect-flow';

// Components.
export { BillingKeyButton, type BillingKeyButtonProps } from '../components/v2/BillingKeyButton';
export { PayPalBillingButton, type PayPalBillingButtonProps } from '../components/v2/PayPalBillingButton';
export type { PayPalV2Request as PayPalRequest } from '../core/request/v2-paypal-request';
export { BillingKeyRedirect, type BillingKeyRedirectProps } from '../components/v2/BillingKeyRedirect';
export { PgNotice, type PgNoticeProps } from '../components/v2/PgNotice';

// The payment-method page: several methods in one checkout, the recurring-payment consent, the buyer's saved methods.
// BillingKeyCheckout, useBillingKeyCheckout and their types (CheckoutMethod, CheckoutSharedRequest…): the module
// exports nothing else.
export * from '../components/v2/BillingKeyCheckout';
export { BillingMethodPicker, useBillingMethodPicker, type BillingMethodPickerProps } from '../components/v2/BillingMethodPicker';
export { SavedPaymentMethods, type SavedPaymentMethodsProps } from '../components/v2/SavedPaymentMethods';

// Requests, results and errors.
export type { PortOneSdk } from '../core/page/v2-sdk';
export type {
  BillingKeyMethod,
  DocumentedBillingKeyMethod,
  OfficialBillingKeyMethod,
  Customer,
  EasyPayPaymentMethod,
  IssueBillingKeyBypass,
  IssueBillingKeyExtras,
  IssueBillingKeyParams,
  OfferPeriod,
  V2CardCompany as CardCompany,
  V2Currency as Currency,
  V2EasyPayProvider as EasyPayProvider,
  V2WindowLocale as WindowLocale,
  WindowType,
  WindowTypes,
  IssueBillingKeyResponse,
  FirstPayment,
  IssueBillingKeyAndPayParams,
  IssueBillingKeyAndPayBypass,
  V2PaymentCurrency as PaymentCurrency,
  ProductType,
  Carrier,
  LoadIssueBillingKeyUIExtras,
  LoadIssueBillingKeyUIParams,
  PayPalButtonStyle,
} from '../core/vocabulary/v2-wire';
export type { V2FirstPaymentResult as FirstPaymentResult } from '../core/outcome/v2-result';

/** What a v2 billing-key request asks for (see `BillingKeyButton`'s props and `useBillingKey().request`). */
export type BillingKeyRequest = import('../core/request/v2-types').V2BillingKeyRequest;
/** A v2 key that was issued, or an issuance waiting for your server's confirmation (`needsConfirmation`). */
export type BillingKeyResult = import('../core/outcome/v2-result').V2BillingKeyResult;
/** A request's final outcome, as `PortOneProvider`'s `onResult` receives it. */
export type BillingKeyOutcome = import('../core/outcome/outcome').BillingKeyOutcome<
  import('../core/outcome/v2-result').V2BillingKeyResult
>;
/**
 * Asks your server to confirm a v2 key (there: `GET /billing-keys/{billingKey}`, or with manual confirmation
 * `POST /billing-keys/confirm` with `billingIssueToken`); resolve `true` to confirm.
 */
export type VerifyBillingKey = import('../core/outcome/outcome').VerifyBillingKey<
  import('../core/outcome/v2-result').V2BillingKeyResult
>;

// PG rules.
export { V2_REFUSED_PGS as REFUSED_PGS, getV2PgRule as getPgRule } from '../core/rules/v2-pg-rules';
// PG_RULES, and each PG's rules on their own for LeanPortOneProvider's `rules` (a page keeps only the ones it imports).
export * from '../core/rules/v2-pg-table';
/** A PG name the v2 entry knows, or one added through `pgRules` and `CustomV2PgCodes` (the `pg` prop). */
export type PgCode = import('../core/rules/v2-pg-rules').V2PgCode;
/** Rules a merchant adds or overrides (`PortOneProvider`'s `pgRules`), keyed by PG name. */
export type PgRules = import('../core/rules/v2-pg-rules').V2PgRules;
export type { CustomV2PgCodes } from '../core/rules/v2-pg-rules';
/** One PG's rules for v2 billing-key windows. */
export type PgRule = import('../core/rules/v2-pg-rule').V2PgRule;
export type { PerDevice, NoticeKind, IdRule } from '../core/rules/shared-rule-types';
export type { V2RequiredField as RequiredField } from '../core/rules/v2-pg-rule';
// Issue-and-pay for LeanPortOneProvider's `flows` (`flows={{ issueAndPay }}`; PortOneProvider always has it).
export { issueAndPay, type IssueAndPayFlow, type V2Flows as Flows } from '../core/request/v2-first-payment';

// What both entries export alike: the payment-method page's generation-free parts, themes, errors, texts.
export * from '../shared-exports';
