import type { BillingKeyResult } from '../core/outcome/v1-result';
import { SavedMethods, type SavedListProps } from './method-page/SavedMethods';
import { V1_METHOD_PAGE, type CheckoutMethod, type CheckoutSharedRequest } from './method-page/v1-binding';

/** Props of {@link SavedPaymentMethods}: your server's load / remove, replacement, and the checkout's shared fields. */
export type SavedPaymentMethodsProps = SavedListProps<CheckoutMethod, CheckoutSharedRequest, BillingKeyResult>;

/**
 * The buyer's saved v1 keys from your server (`load`), with loading, empty and error (retry) states announced; remove
 * asks in a dialog, then calls `onRemove(id)` (a failure keeps the item and says so); replace issues the new key first
 * — in a `BillingKeyCheckout` over `methods` with the shared props, or through your `onReplace` — and removes the old
 * one only after the new one succeeded (and passed `verify`). Give the replacement a new `customerUid`: PortOne v1
 * updates a key issued again under the same one (then nothing is removed).
 */
export function SavedPaymentMethods(props: SavedPaymentMethodsProps) {
  return <SavedMethods binding={V1_METHOD_PAGE} props={props} />;
}
