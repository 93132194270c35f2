import { createContext, useContext } from 'react';
import { DEV } from '../core/dev';
import type { SdkLoadOptions } from '../core/sdk-loader';
import type { Locale, MessageOverrides } from '../i18n/types';
import type { CoreMessages } from '../i18n/types';
import type { IamportProviderProps } from './IamportProvider';

/** What the provider shares with hooks and components. Stable while the provider's props are. */
export interface IamportContextValue {
  userCode: string;
  /** The provider's latest props: `onResult` and `verify` are read from here when needed, so inline functions do not re-render consumers. */
  latest: { readonly current: IamportProviderProps };
  locale: Locale;
  /** Raw overrides from the provider; each consumer merges the section it needs. */
  messages: MessageOverrides<Record<string, unknown>> | undefined;
  coreMessages: CoreMessages;
  sdk: SdkLoadOptions;
}

export const IamportContext = /* @__PURE__ */ createContext<IamportContextValue | null>(null);

/** The nearest provider's settings; a clear error when there is none. */
export function useIamportContext(hook: string): IamportContextValue {
  const value = useContext(IamportContext);
  if (!value)
    throw new Error(
      `react-billing-key: ${hook} ${DEV ? 'must be used inside <IamportProvider userCode="imp…">.' : 'needs IamportProvider'}`,
    );
  return value;
}
