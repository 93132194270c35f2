import { createEnvironmentContext } from '../environment-context';
import type { RequestEnvironment } from '../../core/flows/request-controller';
import type { PortOneSettings } from '../../core/flows/v2-protocol';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { PortOneSdk } from '../../core/page/v2-sdk';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';

/**
 * What `PortOneProvider` shares: the request environment (the v2 protocol, texts, load options, and the stable `verify`
 * / `report` functions that call the provider's latest props). Stable while the provider's settings are.
 */
export interface PortOneContextValue extends RequestEnvironment<V2BillingKeyRequest, V2BillingKeyResult, PortOneSdk> {
  readonly settings: PortOneSettings;
}

/** The nearest `PortOneProvider`'s value (`usePortOneContext(hook)` throws a clear error when there is none). */
export const [PortOneContext, usePortOneContext] = /* @__PURE__ */ createEnvironmentContext<PortOneContextValue>(
  'react-billing-key/v2',
  '<PortOneProvider storeId="store-…">',
);
