import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { errorFor } from '../core/outcome/outcome';
import { IDLE_SDK_STATE, type SdkLoader, type SdkLoadOptions, type SdkStatus } from '../core/page/sdk-loader';
import type { CoreMessages } from '../core/vocabulary/core-messages';
import type { BillingKeyError } from '../core/vocabulary/errors';

/** What `useIamport` and `usePortOne` return. */
export interface SdkStatusValue {
  /** `'ready'` once the SDK's global (`window.IMP` / `window.PortOne`) exists; `'error'` after a failed or timed-out load. */
  status: SdkStatus;
  /** `SDK_LOAD_FAILED` or `SDK_TIMEOUT` while `status` is `'error'`, in the provider's locale. */
  error: BillingKeyError | null;
  /** Removes the failed script tag and loads the SDK again. */
  retry: () => void;
}

const serverState = () => IDLE_SDK_STATE;

/** One generation's SDK loading state, bound to a component: its error in the provider's texts, and a retry. */
export function useSdkStatus<TSdk>(
  loader: SdkLoader<TSdk>,
  { messages, loadOptions }: { messages: CoreMessages; loadOptions?: SdkLoadOptions | undefined },
): SdkStatusValue {
  const { status, errorCode } = useSyncExternalStore(loader.subscribe, loader.getState, serverState);
  const error = useMemo(() => (errorCode ? errorFor(errorCode, messages) : null), [errorCode, messages]);
  const retry = useCallback(() => {
    loader.load(loadOptions).catch(() => {
      // Every subscriber hears the new state.
    });
  }, [loader, loadOptions]);
  return useMemo(() => ({ status, error, retry }), [status, error, retry]);
}
