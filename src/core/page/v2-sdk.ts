import type { IssueBillingKeyResponse, IssueBillingKeyParams } from '../vocabulary/v2-wire';
import { createSdkLoader } from './sdk-loader';

/** Where the PortOne v2 browser SDK is served from (docs: sdk/ko/v2-sdk/readme). */
export const PORTONE_SDK_URL = 'https://cdn.portone.io/v2/browser-sdk.js';

/** The part of the v2 SDK (`window.PortOne`) the library uses. */
export interface PortOneSdk {
  /** Resolves with the issuance response, or `undefined` when the browser is redirecting; rejects on errors before issuance. */
  requestIssueBillingKey(request: IssueBillingKeyParams): Promise<IssueBillingKeyResponse | undefined>;
}

/** The page's v2 SDK loader (`window.PortOne`). */
export const portOneLoader = /* @__PURE__ */ createSdkLoader<PortOneSdk>({
  global: 'PortOne',
  isSdk: (value): value is PortOneSdk => typeof (value as PortOneSdk | undefined)?.requestIssueBillingKey === 'function',
  defaultUrl: PORTONE_SDK_URL,
  mark: 'v2',
});
