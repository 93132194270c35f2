import type { RequestPayParams, IamportResponse } from '../vocabulary/v1-wire';
import { createSdkLoader } from './sdk-loader';

/** Where the PortOne v1 SDK is served from (docs: integration/start/v1/auth). */
export const IAMPORT_SDK_URL = 'https://cdn.iamport.kr/v1/iamport.js';

/** The part of the v1 SDK (`window.IMP`) the library uses. */
export interface IamportSdk {
  init(userCode: string): void;
  request_pay(params: RequestPayParams, callback?: (response: IamportResponse) => void): void;
  /**
   * PayPal RT (SDK ≥ 1.3.0): renders PayPal's button into `.portone-ui-container[data-portone-ui-type="paypal-rt"]`;
   * each click runs `request_pay` with `params` and answers through `callback` (docs: opi/ko/integration/pg/v1/rt).
   * Looked up by the PayPal flow: a script without it fails that flow alone (`SDK_LOAD_FAILED`).
   */
  loadUI?(type: 'paypal-rt', params: RequestPayParams, callback: (response: IamportResponse) => void): void;
  /** PayPal RT: the params the next click on PayPal's button uses. */
  updateLoadUIRequest?(type: 'paypal-rt', params: RequestPayParams): void;
}

/** The page's v1 SDK loader (`window.IMP`). */
export const iamportLoader = /* @__PURE__ */ createSdkLoader<IamportSdk>({
  global: 'IMP',
  isSdk: (value): value is IamportSdk => typeof (value as IamportSdk | undefined)?.request_pay === 'function',
  defaultUrl: IAMPORT_SDK_URL,
  mark: 'v1',
});

// Which userCode each SDK object was last initialised with, so IMP.init runs only when it must (PortOne warns
// against calling it twice).
let initialisedWith = new WeakMap<IamportSdk, string>();

/** Calls `IMP.init(userCode)` unless this SDK object was last initialised with the same code. */
export function ensureInit(sdk: IamportSdk, userCode: string): void {
  if (initialisedWith.get(sdk) === userCode) return;
  sdk.init(userCode);
  initialisedWith.set(sdk, userCode);
}

/** Forgets which SDK objects were initialised (a fresh page). */
export function resetInit(): void {
  initialisedWith = new WeakMap();
}
