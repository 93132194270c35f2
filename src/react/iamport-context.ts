import { createContext, useContext } from 'react';
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

export const IamportContext = /* @__PURE__ */ createContext<IamportContextValue | null>(null);

/** The nearest `IamportProvider`'s value; a clear error when there is none (a programming error, at render). */
export function useIamportContext(hook: string): IamportContextValue {
  const value = useContext(IamportContext);
  if (!value) {
    throw new Error(`react-billing-key: ${hook} must be used inside <IamportProvider userCode="imp…">.`);
  }
  return value;
}
