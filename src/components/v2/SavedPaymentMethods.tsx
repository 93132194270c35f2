import type { HTMLAttributes } from 'react';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { SavedMethods, type SavedMethodsOwnProps } from '../method-page/SavedMethods';
import type { CheckoutSharedRequest } from './BillingKeyCheckout';
import { V2_METHOD_PAGE, type CheckoutMethod } from '../method-page/v2-binding';

/** Props of the v2 {@link SavedPaymentMethods}. */
export interface SavedPaymentMethodsProps
  extends
    SavedMethodsOwnProps<CheckoutMethod, V2BillingKeyResult>,
    CheckoutSharedRequest,
    Omit<HTMLAttributes<HTMLElement>, keyof CheckoutSharedRequest | 'onChange'> {}

/**
 * The buyer's saved v2 billing keys, as v1's `SavedPaymentMethods`: `load`, remove behind a dialog, and replace that
 * removes the old key only after the new one (from a v2 `BillingKeyCheckout` over `methods`, or your `onReplace`)
 * succeeded and passed `verify`.
 */
export function SavedPaymentMethods(props: SavedPaymentMethodsProps) {
  return <SavedMethods binding={V2_METHOD_PAGE} props={props} />;
}
