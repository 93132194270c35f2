import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { SavedMethods, type SavedListProps } from '../method-page/SavedMethods';
import { V2_METHOD_PAGE, type CheckoutMethod, type CheckoutSharedRequest } from '../method-page/v2-binding';

/** Props of the v2 {@link SavedPaymentMethods}: your server's load / remove, replacement, and the checkout's shared fields. */
export type SavedPaymentMethodsProps = SavedListProps<CheckoutMethod, CheckoutSharedRequest, V2BillingKeyResult>;

/**
 * The buyer's saved v2 billing keys, as v1's `SavedPaymentMethods`: `load`, remove behind a dialog, and replace that
 * removes the old key only after the new one (from a v2 `BillingKeyCheckout` over `methods`, or your `onReplace`)
 * succeeded and passed `verify`.
 */
export function SavedPaymentMethods(props: SavedPaymentMethodsProps) {
  return <SavedMethods binding={V2_METHOD_PAGE} props={props} />;
}
