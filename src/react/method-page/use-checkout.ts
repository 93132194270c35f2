import { useCallback, useMemo, useState } from 'react';
import { withConsent } from '../../core/flows/consent-protocol';
import type { RequestEnvironment } from '../../core/flows/request-controller';
import type { ConsentGate, ConsentRecord } from '../../core/request/consent';
import { BillingKeyError } from '../../core/vocabulary/errors';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import { useLatest } from '../use-latest';
import { useRequestController, type BillingKeyHookValue } from '../use-request-controller';
import { isPayPalMethod, mergeRequest, type MethodBase, type MethodBinding } from './methods';
import { useMethodPicker, type UseBillingMethodPickerOptions, type UseBillingMethodPickerValue } from './use-method-picker';
import { usePageMessages } from './use-page-messages';
import { isRequired, type ConsentSlot, type RecurringConsentSettings } from './use-recurring-consent';

/** What a checkout asks of its request, besides its methods: the shared fields, `verify`, and the consent gate. */
export interface CheckoutCoreOptions<TMethod extends MethodBase, TResult> extends UseBillingMethodPickerOptions<TMethod> {
  /** The request fields every method shares (v1 `customerUid`, `buyer`, `amount`; v2 `customer`…). */
  shared: object;
  verify?: VerifyBillingKey<TResult> | undefined;
  /** Read when a request starts. */
  gate: () => ConsentGate | undefined;
}

/** What a checkout's hook returns (both generations). */
export interface CheckoutCore<TMethod extends MethodBase, TRequest, TResult> extends Omit<
  BillingKeyHookValue<TRequest, TResult>,
  'request'
> {
  /** The method picker (choice, names, radio group props). The choice is locked while a request runs. */
  picker: UseBillingMethodPickerValue<TMethod>;
  /** The chosen method, or `null`. */
  method: TMethod | null;
  /** True when the chosen method is PayPal RT (`pg` `paypal_v2`): it renders PayPal's own button instead of ours. */
  isPayPal: boolean;
  /** True while a request loads the SDK, has its window open, or is verified. */
  busy: boolean;
  /**
   * Opens the chosen method's window with the shared fields. Rejects with a `BillingKeyError`: `INVALID_PARAMS` on
   * `consent` when a required consent is not given, on `methods` when no method is chosen or it is PayPal RT (its
   * own button starts it); nothing opens then. The result carries `consent` when one was given.
   */
  request: () => Promise<TResult>;
  /** The request the chosen method would send (the method's fields over the shared ones), or `null`. */
  requestOf: (method: TMethod) => TRequest;
}

const isBusy = (status: string) => status === 'loading' || status === 'pending' || status === 'verifying';

/**
 * A checkout over several methods, for either generation: one request controller (so switching methods while a window
 * is open can never start a second request, and the answer belongs to the method that opened it), the picker locked
 * while a request runs, and every request gated by the consent.
 */
export function useCheckout<TMethod extends MethodBase, TRequest, TResult extends { verified: boolean; response: unknown }, TSdk>(
  context: RequestEnvironment<TRequest, TResult, TSdk>,
  binding: MethodBinding<TMethod, TRequest>,
  options: CheckoutCoreOptions<TMethod, TResult>,
): CheckoutCore<TMethod, TRequest, TResult> {
  const { messages } = usePageMessages();
  // Read when a request starts: the consent and the texts of the latest render.
  const latest = useLatest({ gate: options.gate, refusal: messages.consent.reason });
  const environment = useMemo(
    () => ({
      ...context,
      protocol: withConsent(context.protocol, { gate: () => latest.current.gate(), refusal: () => latest.current.refusal }),
    }),
    [context, latest],
  );
  const controller = useRequestController(environment, options.verify);
  const busy = isBusy(controller.status);
  const picker = useMethodPicker({ ...options, disabled: options.disabled === true || busy }, binding);
  const method = picker.selected;
  const isPayPal = isPayPalMethod(method);

  const requestOf = useCallback(
    (chosen: TMethod) => mergeRequest<TRequest>(binding.requestKeys, options.shared, chosen),
    [binding, options.shared],
  );

  const request = () => {
    if (!method || isPayPal) {
      const error = new BillingKeyError('INVALID_PARAMS', context.messages.errors.INVALID_PARAMS, { field: 'methods' });
      return Promise.reject(error);
    }
    return controller.request(requestOf(method));
  };

  return { ...controller, picker, method, isPayPal, busy, request, requestOf };
}

/** The consent a checkout keeps for the `RecurringConsent` inside it, and the gate its requests read. */
export function useConsentSlot(declared: RecurringConsentSettings | null): {
  slot: ConsentSlot;
  settings: RecurringConsentSettings | null;
  gate: ConsentGate;
} {
  const [record, setRecord] = useState<ConsentRecord | null>(null);
  const [registered, setRegistered] = useState<RecurringConsentSettings | null>(null);
  const declare = useCallback((settings: RecurringConsentSettings) => {
    setRegistered(settings);
    return () => setRegistered((current) => (current === settings ? null : current));
  }, []);
  const slot = useMemo(() => ({ record, agree: setRecord, declare }), [record, declare]);
  const settings = declared ?? registered;
  const required = isRequired(settings);
  const agreed = record && settings && record.version === settings.version ? record : null;
  return { slot, settings, gate: { required, record: agreed } };
}
