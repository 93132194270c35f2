// Public API of react-billing-key. See DESIGN.md for the contract.
export { IamportProvider, type IamportProviderProps } from './react/IamportProvider';
export { useIamport, type UseIamportValue } from './react/useIamport';
export {
  useBillingKey,
  isBillingKeyBusy,
  type BillingKeyStatus,
  type UseBillingKeyOptions,
  type UseBillingKeyValue,
} from './react/useBillingKey';

export { BillingKeyButton, type BillingKeyButtonProps } from './components/BillingKeyButton';
export { PgNotice, type PgNoticeProps } from './components/PgNotice';
export { createBillingTheme, defaultBillingTheme, type BillingKeyTheme, type BillingKeyThemeOverrides } from './theme/theme';

export { BillingKeyError, isBillingKeyError, type BillingKeyErrorCode } from './core/errors';
export {
  PG_RULES,
  getPgRule,
  pgCodeOf,
  type PgRule,
  type PgCode,
  type PgId,
  type PayMethod,
  type ResultDelivery,
  type ZeroAmountRule,
  type PositiveAmountRule,
} from './core/pg-rules';
export { getPgNotices, type PgNoticeItem } from './core/notices';
export { CARD_COMPANIES, type CardCompany } from './core/cards';
export { DOMESTIC_CARD_CODES, OVERSEAS_CARD_CODES, isCardCode, type CardCode } from './core/card-codes';
export { toCardDetail, type CardDetailOptions } from './core/card-detail';
export { prepareRequest, RESERVED_PARAM_KEYS, type PreparedRequest, type PrepareContext } from './core/request';
export { toOutcome, isFailureResponse, isCancellation, type BillingKeyOutcome } from './core/outcome';
export { createMerchantUid } from './core/merchant-uid';
export { DEFAULT_SDK_URL, DEFAULT_LOAD_TIMEOUT_MS, type SdkStatus, type SdkLoadOptions } from './core/sdk-loader';
export type { VerifyBillingKey } from './core/run-request';
export type {
  BillingKeyRequest,
  BillingKeyResult,
  Buyer,
  CardDetailEntry,
  CardInstallments,
  IamportResponse,
  IamportSdk,
  RequestPayParams,
} from './core/types';

export type { Locale, CoreMessages, MessageOverrides } from './i18n/types';
export type { UiMessages } from './i18n/ui-types';
export type { Messages } from './i18n/messages';

// The three shipped merchant themes (WCAG AA).
export { lightBillingTheme, darkBillingTheme, brandBillingTheme } from './theme/themes';

// Choosing which card companies the window offers.
export { CardFilter, type CardFilterProps } from './components/CardFilter';
export { useCardFilter, type UseCardFilterOptions, type UseCardFilterValue, type CardCheckboxProps } from './react/useCardFilter';

// The page at m_redirect_url (mobile redirects).
export {
  useBillingKeyRedirect,
  type BillingKeyRedirectStatus,
  type UseBillingKeyRedirectOptions,
  type UseBillingKeyRedirectValue,
} from './react/useBillingKeyRedirect';
export { BillingKeyRedirect, type BillingKeyRedirectProps } from './components/BillingKeyRedirect';
