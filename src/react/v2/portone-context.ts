import { createContext, useContext } from 'react';
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

export const PortOneContext = /* @__PURE__ */ createContext<PortOneContextValue | null>(null);

/** The nearest `PortOneProvider`'s value; a clear error when there is none (a programming error, at render). */
export function usePortOneContext(hook: string): PortOneContextValue {
  const value = useContext(PortOneContext);
  if (!value) {
    throw new Error(`react-billing-key/v2: ${hook} must be used inside <PortOneProvider storeId="store-…">.`);
  }
  return value;
}
