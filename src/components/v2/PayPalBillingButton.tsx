import { createPortOnePayPal } from '../../core/flows/v2-paypal';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { PayPalV2Request } from '../../core/request/v2-paypal-request';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import { useLatest } from '../../react/use-latest';
import { usePortOneContext } from '../../react/v2/portone-context';
import { PayPalArea, type PayPalAreaProps } from '../paypal-shell';

const PAYPAL_REQUEST_KEYS = [
  'channelKey',
  'pg',
  'issueId',
  'issueName',
  'displayAmount',
  'currency',
  'customer',
  'params',
] as const;

/** Props of the v2 {@link PayPalBillingButton}: the request, the callbacks, and any other attribute of its area. */
export interface PayPalBillingButtonProps extends PayPalV2Request, Omit<PayPalAreaProps, keyof PayPalV2Request> {
  /** Called with each issued key (every click on PayPal's button is an attempt); save `billingKey` on your server. */
  onSuccess?: (result: V2BillingKeyResult) => void;
  /**
   * Called with a typed {@link BillingKeyError}: a refused answer, bad props (`INVALID_PARAMS` at mount or on change,
   * when PayPal's button is hidden until they are fixed), a second PayPal button on the page (`INVALID_PARAMS` on
   * `container`), or an SDK that failed to load.
   */
  onFailure?: (error: BillingKeyError) => void;
  /** Overrides the provider's `verify` for this button. */
  verify?: VerifyBillingKey<V2BillingKeyResult>;
}

/**
 * PayPal RT for PortOne v2: renders the `.portone-ui-container` and calls `PortOne.loadIssueBillingKeyUI({ uiType:
 * 'PAYPAL_RT', storeId, channelKey, billingKeyMethod: 'PAYPAL', issueId, issueName, … }, { onIssueBillingKeySuccess,
 * onIssueBillingKeyFail })`; prop changes and a new `issueId` after every answer are pushed with
 * `PortOne.updateLoadIssueBillingKeyUIRequest`. The same guarantees as v1's `PayPalBillingButton` (one per page,
 * outcome rules, `verify`, exactly-once reporting, never throws while rendering). `params` cannot override `uiType` or
 * `storeId`. Must be inside a `PortOneProvider` (docs: opi/ko/integration/pg/v2/paypal-v2).
 */
export function PayPalBillingButton(props: PayPalBillingButtonProps) {
  const context = usePortOneContext('PayPalBillingButton');
  const settings = useLatest(context.settings);
  const createProtocol = () => createPortOnePayPal(() => settings.current.storeId);
  return <PayPalArea props={props} requestKeys={PAYPAL_REQUEST_KEYS} provider={context} createProtocol={createProtocol} />;
}
