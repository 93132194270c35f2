import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { BillingKeyRequest } from '../core/request/v1-types';
import { useBillingKey } from '../react/useBillingKey';
import type { NativeButtonProps } from './button-shell';
import { RequestButton, type RequestButtonOwnProps } from './request-button';
import { V1_REQUEST } from './v1-request';

/** Props of {@link BillingKeyButton}: the request, the callbacks, and any other `<button>` attribute. */
export interface BillingKeyButtonProps
  extends BillingKeyRequest, RequestButtonOwnProps<BillingKeyResult>, Omit<NativeButtonProps, 'name' | keyof BillingKeyRequest> {
  /** Called with the issued key; save `customerUid` on your server and charge it there. */
  onSuccess?: (result: BillingKeyResult) => void;
}

const V1_BUTTON = { ...V1_REQUEST, useBillingKey };

/**
 * One button that issues a v1 billing key through the PG's window, with that PG's rules applied. While working it is
 * `aria-busy`, shows that it is busy and ignores clicks; another window elsewhere on the page gets `BUSY`. Rendering
 * never throws, whatever the props: bad props fail the click with `INVALID_PARAMS`, and nothing opens. When the button
 * unmounts (a route change) its request is abandoned and its callbacks are not called; the provider's `onResult` still
 * hears a late answer. Must be inside an `IamportProvider`.
 */
export function BillingKeyButton(props: BillingKeyButtonProps) {
  return <RequestButton binding={V1_BUTTON} props={props} />;
}
