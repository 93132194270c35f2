import { portOneLoader } from '../../core/page/v2-sdk';
import { useSdkStatus, type SdkStatusValue } from '../use-sdk-status';
import { usePortOneContext } from './portone-context';

/** What {@link usePortOne} returns: `status` (`'ready'` once `window.PortOne` exists), `error` and `retry`. */
export type UsePortOneValue = SdkStatusValue;

/**
 * The PortOne v2 SDK's loading state on this page (`idle | loading | ready | error`), with a way to retry after a failure.
 * @throws {Error} at render when there is no `PortOneProvider` above.
 */
export function usePortOne(): UsePortOneValue {
  return useSdkStatus(portOneLoader, usePortOneContext('usePortOne'));
}
