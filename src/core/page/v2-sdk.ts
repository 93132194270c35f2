import type {
  IssueBillingKeyAndPayParams,
  IssueBillingKeyParams,
  IssueBillingKeyResponse,
  IssueBillingKeyUICallbacks,
  LoadIssueBillingKeyUIParams,
} from '../vocabulary/v2-wire';
import { createSdkLoader } from './sdk-loader';

/** Where the PortOne v2 browser SDK is served from (docs: sdk/ko/v2-sdk/readme). */
export const PORTONE_SDK_URL = 'https://cdn.portone.io/v2/browser-sdk.js';

/**
 * What `requestIssueBillingKeyAndPay` takes. The official types require `billingKeyAndPayMethod` (`'MOBILE'` only); the Eximbay and Payletter pages send none for
 * their card keys, and the library follows the pages there.
 */
export type PhoneAndPayParams = IssueBillingKeyAndPayParams & { billingKeyAndPayMethod: 'MOBILE' };

/** The part of the v2 SDK (`window.PortOne`) the library uses. */
export interface PortOneSdk {
  /** Resolves with the issuance response, or `undefined` when the browser is redirecting; rejects on errors before issuance. */
  requestIssueBillingKey(request: IssueBillingKeyParams): Promise<IssueBillingKeyResponse | undefined>;
  /**
   * Issue-and-pay (a request with `payment`): resolves like `requestIssueBillingKey`, the answer adding `paymentId` and
   * `txId`. Looked up when a request needs it: a script without it fails that request alone (`SDK_LOAD_FAILED`).
   */
  requestIssueBillingKeyAndPay?(request: PhoneAndPayParams): Promise<IssueBillingKeyResponse | undefined>;
  /** PayPal RT: renders PayPal's button into `.portone-ui-container`; each click answers through `callbacks`. */
  loadIssueBillingKeyUI?(request: LoadIssueBillingKeyUIParams, callbacks: IssueBillingKeyUICallbacks): Promise<void>;
  /** PayPal RT: the request the next click on PayPal's button uses. */
  updateLoadIssueBillingKeyUIRequest?(request: LoadIssueBillingKeyUIParams): Promise<void>;
}

/** The page's v2 SDK loader (`window.PortOne`). */
export const portOneLoader = /* @__PURE__ */ createSdkLoader<PortOneSdk>({
  global: 'PortOne',
  isSdk: (value): value is PortOneSdk => typeof (value as PortOneSdk | undefined)?.requestIssueBillingKey === 'function',
  defaultUrl: PORTONE_SDK_URL,
  mark: 'v2',
});
