import { createEnvironmentContext } from './environment-context';
import type { IamportSettings } from '../core/flows/v1-protocol';
import type { RequestEnvironment } from '../core/flows/request-controller';
import type { BillingKeyRequest } from '../core/request/v1-types';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { IamportSdk } from '../core/page/v1-sdk';

/**
 * What `IamportProvider` shares: the request environment (the v1 protocol, texts, load options, and the stable
 * `verify` / `report` functions that call the provider's latest props). Stable while the provider's settings are.
 */
export interface IamportContextValue extends RequestEnvironment<BillingKeyRequest, BillingKeyResult, IamportSdk> {
  readonly settings: IamportSettings;
}

/** The nearest `IamportProvider`'s value (`useIamportContext(hook)` throws a clear error when there is none). */
export const [IamportContext, useIamportContext] = /* @__PURE__ */ createEnvironmentContext<IamportContextValue>(
  'react-billing-key',
  '<IamportProvider userCode="imp…">',
);
