import {
  useMethodPicker,
  type UseBillingMethodPickerOptions,
  type UseBillingMethodPickerValue,
} from '../../react/method-page/use-method-picker';
import { MethodPickerView, type MethodPickerViewProps } from '../method-page/MethodPickerView';
import { V2_METHOD_PAGE, type CheckoutMethod } from '../method-page/v2-binding';

/** Props of the v2 {@link BillingMethodPicker}. */
export interface BillingMethodPickerProps
  extends UseBillingMethodPickerOptions<CheckoutMethod>, Omit<MethodPickerViewProps<CheckoutMethod>, 'picker'> {}

/**
 * The v2 payment-method radio group alone; a method without `label` reads 카드 / Card for `billingKeyMethod: 'CARD'`
 * and its brand for an easy-pay PG, in the provider's locale.
 */
export function BillingMethodPicker({ methods, value, defaultValue, onChange, disabled, ...rest }: BillingMethodPickerProps) {
  return (
    <MethodPickerView picker={useMethodPicker({ methods, value, defaultValue, onChange, disabled }, V2_METHOD_PAGE)} {...rest} />
  );
}

/** The v2 `BillingMethodPicker` without its look. */
export function useBillingMethodPicker(
  options: UseBillingMethodPickerOptions<CheckoutMethod>,
): UseBillingMethodPickerValue<CheckoutMethod> {
  return useMethodPicker(options, V2_METHOD_PAGE);
}
