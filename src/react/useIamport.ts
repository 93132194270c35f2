import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { BillingKeyError } from '../core/errors';
import { getSdkState, IDLE, loadSdk, subscribeSdkState, type SdkStatus } from '../core/sdk-loader';
import { useIamportContext } from './context';

/** What {@link useIamport} returns. */
export interface UseIamportValue {
  /** `'ready'` once `window.IMP` exists; `'error'` after a failed or timed-out load. */
  status: SdkStatus;
  /** `SDK_LOAD_FAILED` or `SDK_TIMEOUT` while `status` is `'error'`. */
  error: BillingKeyError | null;
  /** Removes the failed script tag and loads the SDK again. */
  retry: () => void;
}

const getServerState = () => IDLE;

/** The PortOne SDK's loading state on this page, with a way to retry after a failure. */
export function useIamport(): UseIamportValue {
  const { coreMessages, sdk } = useIamportContext('useIamport');
  const { status, errorCode } = useSyncExternalStore(subscribeSdkState, getSdkState, getServerState);
  const error = useMemo(
    () => (errorCode ? new BillingKeyError(errorCode, coreMessages.errors[errorCode]) : null),
    [errorCode, coreMessages],
  );
  const retry = useCallback(() => {
    loadSdk(sdk).catch(() => {
      // The new state reaches every subscriber; nothing else to do here.
    });
  }, [sdk]);
  return useMemo(() => ({ status, error, retry }), [status, error, retry]);
}
