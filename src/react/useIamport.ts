import { iamportLoader } from '../core/page/v1-sdk';
import { useIamportContext } from './iamport-context';
import { useSdkStatus, type SdkStatusValue } from './use-sdk-status';

/** What {@link useIamport} returns: `status` (`'ready'` once `window.IMP` exists), `error` and `retry`. */
export type UseIamportValue = SdkStatusValue;

/**
 * The PortOne v1 SDK's loading state on this page (`idle | loading | ready | error`), with a way to retry after a failure.
 * @throws {Error} at render when there is no `IamportProvider` above.
 */
export function useIamport(): UseIamportValue {
  return useSdkStatus(iamportLoader, useIamportContext('useIamport'));
}
