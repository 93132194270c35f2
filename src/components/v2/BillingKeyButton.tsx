import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { useBillingKey } from '../../react/v2/useBillingKey';
import type { NativeButtonProps } from '../button-shell';
import { RequestButton, type RequestButtonOwnProps } from '../request-button';
import { V2_REQUEST } from '../v2-request';

/** Props of the v2 {@link BillingKeyButton}: the request, the callbacks, and any other `<button>` attribute. */
export interface BillingKeyButtonProps
  extends V2BillingKeyRequest, RequestButtonOwnProps<V2BillingKeyResult>, Omit<NativeButtonProps, keyof V2BillingKeyRequest> {
  /**
   * Called with the issued key; save `billingKey` on your server and charge it there. With manual confirmation
   * (`needsConfirmation`), `billingKey` is `null`: confirm `billingIssueToken` on your server first (or in `verify`).
   */
  onSuccess?: (result: V2BillingKeyResult) => void;
  /**
   * `'auto'` (default) shows the PG's `PgNotice` after the button (with `payment`, the amount charged now);
   * `'none'` hides it.
   */
  notice?: 'auto' | 'none';
}

const V2_BUTTON = { ...V2_REQUEST, useBillingKey };

/**
 * One button that issues a v2 billing key through the PG's window (`PortOne.requestIssueBillingKey`), with that PG's
 * rules applied; the same look, states and guarantees as v1's button. While working it is `aria-busy`, shows that it is
 * busy and ignores clicks; another window elsewhere on the page gets `BUSY`. Rendering never throws, whatever the props:
 * bad props fail the click with `INVALID_PARAMS`, and nothing opens. When the button unmounts its request is abandoned
 * and its callbacks are not called; the provider's `onResult` still hears a late answer. Must be inside a `PortOneProvider`.
 */
export function BillingKeyButton(props: BillingKeyButtonProps) {
  return <RequestButton binding={V2_BUTTON} props={props} />;
}
