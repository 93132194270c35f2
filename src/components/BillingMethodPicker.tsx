import {
  useMethodPicker,
  type UseBillingMethodPickerOptions,
  type UseBillingMethodPickerValue,
} from '../react/method-page/use-method-picker';
import { MethodPickerView, type MethodPickerViewProps } from './method-page/MethodPickerView';
import { V1_METHOD_PAGE, type CheckoutMethod } from './method-page/v1-binding';

/** Props of {@link BillingMethodPicker}: the picker's options, its caption, and any other `<div>` attribute. */
export interface BillingMethodPickerProps
  extends UseBillingMethodPickerOptions<CheckoutMethod>, Omit<MethodPickerViewProps<CheckoutMethod>, 'picker'> {}

/**
 * The payment-method radio group alone (for custom layouts): `role="radiogroup"`, one Tab stop, arrow keys, Home and
 * End. `value` / `defaultValue` are method ids; `onChange(id, method)`. A method without `label` reads 카드 / Card when
 * it pays by card and its brand for an easy-pay PG (카카오페이, 네이버페이, 토스페이, PayPal), in the provider's locale.
 */
export function BillingMethodPicker(props: BillingMethodPickerProps) {
  const { methods, value, defaultValue, onChange, disabled, ...rest } = props;
  const picker = useMethodPicker({ methods, value, defaultValue, onChange, disabled }, V1_METHOD_PAGE);
  return <MethodPickerView picker={picker} {...rest} />;
}

/** `BillingMethodPicker` without its look: the choice, each method's name, and the radio group's props. */
export function useBillingMethodPicker(
  options: UseBillingMethodPickerOptions<CheckoutMethod>,
): UseBillingMethodPickerValue<CheckoutMethod> {
  return useMethodPicker(options, V1_METHOD_PAGE);
}
