import type { VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import { createIamportPayPal } from '../core/flows/v1-paypal';
import type { PayPalRequest } from '../core/request/v1-paypal-request';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { useIamportContext } from '../react/iamport-context';
import { useLatest } from '../react/use-latest';
import { PayPalArea, type PayPalAreaProps } from './paypal-shell';

const PAYPAL_REQUEST_KEYS = ['channelKey', 'pg', 'customerUid', 'customerId', 'name', 'merchantUid', 'buyer', 'params'] as const;

/** Props of the v1 {@link PayPalBillingButton}: the request, the callbacks, and any other attribute of its area. */
export interface PayPalBillingButtonProps extends PayPalRequest, Omit<PayPalAreaProps, keyof PayPalRequest> {
  /** Called with each issued key (every click on PayPal's button is an attempt); save `customerUid` on your server. */
  onSuccess?: (result: BillingKeyResult) => void;
  /**
   * Called with a typed {@link BillingKeyError}: a refused answer, bad props (`INVALID_PARAMS` at mount or on change,
   * when PayPal's button is hidden until they are fixed), a second PayPal button on the page (`INVALID_PARAMS` on
   * `container`), or an SDK that failed to load.
   */
  onFailure?: (error: BillingKeyError) => void;
  /** Overrides the provider's `verify` for this button. */
  verify?: VerifyBillingKey<BillingKeyResult>;
  /** PayPal has no buyer notice; accepted for symmetry with `BillingKeyButton` (`'auto'` | `'none'`). */
  notice?: 'auto' | 'none';
}

/**
 * PayPal RT for PortOne v1: renders `<div class="portone-ui-container" data-portone-ui-type="paypal-rt">`, and once the
 * SDK is ready and initialised calls `IMP.loadUI('paypal-rt', params, callback)` with `pay_method: 'paypal'`,
 * `customer_uid`, a `merchant_uid` new for every attempt and `channelKey` (or `pg: 'paypal_v2'`); prop changes and
 * every answer are pushed with `IMP.updateLoadUIRequest`. The buyer clicks PayPal's own button; each answer goes
 * through the outcome rules, `verify`, `onSuccess` / `onFailure` and the provider's `onResult`, exactly once. One
 * PayPal button per page (PortOne's rule): a second one fails with `INVALID_PARAMS` and renders nothing; unmounting
 * frees the page for another. Rendering never throws. Must be inside an `IamportProvider` (docs:
 * opi/ko/integration/pg/v1/rt/readme).
 */
export function PayPalBillingButton({ notice: _notice, ...props }: PayPalBillingButtonProps) {
  const context = useIamportContext('PayPalBillingButton');
  const settings = useLatest(context.settings);
  const createProtocol = () => createIamportPayPal(() => settings.current.userCode);
  return <PayPalArea props={props} requestKeys={PAYPAL_REQUEST_KEYS} provider={context} createProtocol={createProtocol} />;
}
