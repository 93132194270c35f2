/**
 * `react-billing-key/core` — the framework-free part: request building and validation, the outcome rules, ids, the
 * PG rules and notices, the SDK loaders and the request lifecycle, for servers, other frameworks and tools. No React,
 * no styled-components, no "use client": safe to import from a Server Component.
 * @packageDocumentation
 */

// Errors.
export {
  BillingKeyError,
  isBillingKeyError,
  type BillingKeyErrorCode,
  type BillingKeyErrorDetails,
  type IssuedKeyResult,
} from './vocabulary/errors';

// v1 request building and outcome.
export { prepareRequest, RESERVED_PARAM_KEYS, type PrepareContext, type PreparedRequest } from './request/v1-request';
export { defaultRedirectUrl } from './request/v1-redirect';
export { V1_REDIRECT_QUERY_KEYS } from './vocabulary/v1-wire';
export { toOutcome, isFailureResponse, isCancellation, type OutcomeRequest } from './outcome/v1-outcome';
export { CANCELLATION_SIGNALS, isCancellationSignal } from './outcome/cancellation';
export { createMerchantUid, MAX_MERCHANT_UID_LENGTH } from './request/ids';
export { readQueryKeys, stripQueryKeys } from './request/redirect-url';

// PG rules beyond the main entry.
export { NOT_WINDOW_BILLING_PGS } from './rules/v1-not-window';
export { PG_LABELS } from './rules/pg-labels';
export { pgCodeOf, pgMidOf, isCharged, mayRedirect, mayEverRedirect, methodRuleOf, payMethodOf } from './rules/v1-pg-lookup';
export { getPgNotices } from './rules/v1-notices';
export type { PgNoticeItem, PerDevice } from './rules/shared-rule-types';
export { pgRuleProblems } from './rules/v1-validate-rule';
export { DOMESTIC_CARD_CODES, OVERSEAS_CARD_CODES, isCardCode } from './vocabulary/v1-card-codes';

// Texts.
export { CORE_MESSAGES, coreMessagesFor, mergeMessages, format } from './vocabulary/core-messages';

// The lifecycle and the page.
export {
  createRequestController,
  type AttachableController,
  type EnvironmentController,
  type RequestController,
  type RequestEnvironment,
  type RequestSnapshot,
} from './flows/request-controller';
export {
  createRedirectController,
  type PageLocation,
  type RedirectController,
  type RedirectEnvironment,
  type RedirectSnapshot,
  type RedirectStatus,
} from './flows/redirect-controller';
export type { BillingKeyAttempt, BillingKeyProtocol, RedirectReturn, ReturnProtocol } from './flows/protocol';
export { createIamportProtocol, type IamportSettings } from './flows/v1-protocol';
export { createIamportReturn } from './flows/v1-return';
export { iamportLoader, IAMPORT_SDK_URL } from './page/v1-sdk';
export {
  DEFAULT_LOAD_TIMEOUT_MS,
  createSdkLoader,
  type SdkLoader,
  type SdkLoadOptions,
  type SdkSpec,
  type SdkState,
} from './page/sdk-loader';
export { STORAGE_KEYS, SESSION_TTL_MS } from './page/session-map';
export { errorFor, pgFailure, verifyOutcome, type BillingKeyOutcome, type VerifyBillingKey } from './outcome/outcome';

// v2 (PortOne.requestIssueBillingKey): request building, outcome, rules, notices, the protocol and the loader.
export {
  prepareV2Request,
  V2_EXTRA_PARAM_KEYS,
  V2_RESERVED_PARAM_KEYS,
  type PreparedV2Request,
  type V2PrepareContext,
} from './request/v2-request';
export { defaultV2RedirectUrl, withIssueId } from './request/v2-redirect';
export {
  V2_ISSUE_ID_KEY,
  V2_REDIRECT_QUERY_KEYS,
  V2_RESULT_QUERY_KEYS,
  type BillingKeyMethod,
  type DocumentedBillingKeyMethod,
  type OfficialBillingKeyMethod,
  type Customer,
  type EasyPayPaymentMethod,
  type IssueBillingKeyBypass,
  type IssueBillingKeyExtras,
  type IssueBillingKeyParams,
  type OfferPeriod,
  type V2CardCompany,
  type V2Currency,
  type V2EasyPayProvider,
  type V2WindowLocale,
  type WindowType,
  type WindowTypes,
  type IssueBillingKeyResponse,
  type FirstPayment,
  type IssueBillingKeyAndPayBypass,
  type IssueBillingKeyAndPayOnlyExtras,
  type IssueBillingKeyAndPayParams,
  type IssueBillingKeyUICallbacks,
  type LoadIssueBillingKeyUIParams,
  type ProductType,
  type Carrier,
  type LoadIssueBillingKeyUIExtras,
  type PayPalButtonStyle,
  type V2PaymentCurrency,
} from './vocabulary/v2-wire';
export {
  toV2Outcome,
  rejectionToV2Outcome,
  isPortOneError,
  NEEDS_CONFIRMATION,
  type V2OutcomeRequest,
} from './outcome/v2-outcome';
export {
  V2_PG_RULES,
  V2_REFUSED_PGS,
  getV2PgRule,
  type CustomV2PgCodes,
  type KnownV2PgCode,
  type V2PgCode,
  type V2PgRules,
} from './rules/v2-pg-rules';
export { v2PgRuleProblems } from './rules/v2-validate-rule';
export type { V2FirstPaymentRule, V2PgRule, V2RequiredField } from './rules/v2-pg-rule';
export { getV2PgNotices } from './rules/v2-notices';
export { V2_PG_LABELS } from './rules/pg-labels';
export { createPortOneProtocol, type PortOneSettings } from './flows/v2-protocol';
export { createPortOneReturn } from './flows/v2-return';
export { portOneLoader, PORTONE_SDK_URL, type PhoneAndPayParams, type PortOneSdk } from './page/v2-sdk';
export { isMobileBrowser } from './page/device';
export type { V2BillingKeyRequest } from './request/v2-types';
export type { V2BillingKeyResult, V2FirstPaymentResult } from './outcome/v2-result';

// The types the functions above take and return, so a caller of /core can name them (the v2 ones are above).
export type { BillingKeyRequest, Buyer } from './request/v1-types';
export type { BillingKeyResult } from './outcome/v1-result';
export type { CardDetailEntry, IamportResponse, KnownPayMethod, PayMethod, RequestPayParams } from './vocabulary/v1-wire';
export type { CardCode } from './vocabulary/v1-card-codes';
export type { CoreMessages, Locale, MessageOverrides } from './vocabulary/core-messages';
export type { IdRule, NoticeKind, ResultDelivery } from './rules/shared-rule-types';
export type { BuyerField, MethodRule, ParamRule, PgRule, PositiveAmountRule, ZeroAmountRule } from './rules/v1-pg-rule';
export type { CustomPgCodes, KnownPgCode, PgCode, PgId, PgRules } from './rules/v1-pg-lookup';
export { PG_RULES } from './rules/v1-pg-rules';
export type { CardInstallments } from './request/card-detail';
export type { ConsentRecord } from './request/consent';
export type { PgLabel } from './rules/pg-labels';
export type { FailureFields } from './outcome/v2-outcome';
export type { AttemptStore } from './page/attempt-store';
export type { AttemptRecord } from './request/attempt-record';
export type { V1AttemptRecord } from './request/v1-attempt';
export type { V2AttemptRecord } from './request/v2-attempt';
export type { IamportSdk } from './page/v1-sdk';
export type { SdkStatus } from './page/sdk-loader';
export type { BillingKeyStatus } from './flows/request-controller';
