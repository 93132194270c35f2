import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { errorFor } from '../core/outcome/outcome';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { iamportLoader } from '../core/page/v1-sdk';
import { IDLE_SDK_STATE, type SdkStatus } from '../core/page/sdk-loader';
import { useIamportContext } from './iamport-context';

/** What {@link useIamport} returns. */
export interface UseIamportValue {
  /** `'ready'` once `window.IMP` exists; `'error'` after a failed or timed-out load. */
  status: SdkStatus;
  /** `SDK_LOAD_FAILED` or `SDK_TIMEOUT` while `status` is `'error'`, in the provider's locale. */
  error: BillingKeyError | null;
  /** Removes the failed script tag and loads the SDK again. */
  retry: () => void;
}

const serverState = () => IDLE_SDK_STATE;

/**
 * The PortOne v1 SDK's loading state on this page (`idle | loading | ready | error`), with a way to retry after a failure.
 * @throws {Error} at render when there is no `IamportProvider` above.
 */
export function useIamport(): UseIamportValue {
  const { messages, loadOptions } = useIamportContext('useIamport');
  const { status, errorCode } = useSyncExternalStore(iamportLoader.subscribe, iamportLoader.getState, serverState);
  const error = useMemo(() => (errorCode ? errorFor(errorCode, messages) : null), [errorCode, messages]);
  const retry = useCallback(() => {
    iamportLoader.load(loadOptions).catch(() => {
      // Every subscriber hears the new state.
    });
  }, [loadOptions]);
  return useMemo(() => ({ status, error, retry }), [status, error, retry]);
}
