import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import { errorFor } from '../../core/outcome/outcome';
import { portOneLoader } from '../../core/page/v2-sdk';
import { IDLE_SDK_STATE, type SdkStatus } from '../../core/page/sdk-loader';
import { usePortOneContext } from './portone-context';

/** What {@link usePortOne} returns. */
export interface UsePortOneValue {
  /** `'ready'` once `window.PortOne` exists; `'error'` after a failed or timed-out load. */
  status: SdkStatus;
  /** `SDK_LOAD_FAILED` or `SDK_TIMEOUT` while `status` is `'error'`, in the provider's locale. */
  error: BillingKeyError | null;
  /** Removes the failed script tag and loads the SDK again. */
  retry: () => void;
}

const serverState = () => IDLE_SDK_STATE;

/**
 * The PortOne v2 SDK's loading state on this page (`idle | loading | ready | error`), with a way to retry after a failure.
 * @throws {Error} at render when there is no `PortOneProvider` above.
 */
export function usePortOne(): UsePortOneValue {
  const { messages, loadOptions } = usePortOneContext('usePortOne');
  const { status, errorCode } = useSyncExternalStore(portOneLoader.subscribe, portOneLoader.getState, serverState);
  const error = useMemo(() => (errorCode ? errorFor(errorCode, messages) : null), [errorCode, messages]);
  const retry = useCallback(() => {
    portOneLoader.load(loadOptions).catch(() => {
      // Every subscriber hears the new state.
    });
  }, [loadOptions]);
  return useMemo(() => ({ status, error, retry }), [status, error, retry]);
}
