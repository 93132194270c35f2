import { Children, isValidElement, useId, type HTMLAttributes, type ReactElement, type ReactNode } from 'react';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import { consentVersionOf } from '../../core/request/consent';
import type { MethodBase } from '../../react/method-page/methods';
import { useCheckout, useConsentSlot, type CheckoutCore } from '../../react/method-page/use-checkout';
import type { UseBillingMethodPickerOptions } from '../../react/method-page/use-method-picker';
import { usePageMessages } from '../../react/method-page/use-page-messages';
import {
  ConsentSlotContext,
  useRecurringConsent,
  type RecurringConsentSettings,
  type UseRecurringConsentValue,
} from '../../react/method-page/use-recurring-consent';
import { useLatest } from '../../react/use-latest';
import { format } from '../../core/vocabulary/core-messages';
import { ButtonShell } from '../button-shell';
import { NoticeView } from '../notice-view';
import { RecurringConsent, type RecurringConsentProps } from '../RecurringConsent';
import { useClickRequest } from '../use-click-request';
import type { GenerationBinding, PayPalButtonComponent } from './binding';
import { Muted, Panel } from './look';
import { MethodPickerView } from './MethodPickerView';

/** The consent a checkout shows: `{ terms, version, required? }`, or a `<RecurringConsent>` element. */
export type CheckoutConsent = Pick<RecurringConsentProps, 'terms' | 'version' | 'required' | 'label'> | ReactElement;

/** The checkout's own props, both generations (the request fields every method shares come on top). */
export interface CheckoutOwnProps<TMethod extends MethodBase, TResult> extends Omit<
  UseBillingMethodPickerOptions<TMethod>,
  'disabled'
> {
  /** The recurring-payment consent; also accepted as a `<RecurringConsent>` child. */
  consent?: CheckoutConsent | undefined;
  /** Called with the issued key (its `pg` is the chosen method's) and the method it was issued through. */
  onSuccess?: ((result: TResult, method: TMethod) => void) | undefined;
  /** Called with a typed `BillingKeyError`; show `error.message` to the buyer. */
  onFailure?: ((error: BillingKeyError) => void) | undefined;
  /** Overrides the provider's `verify` for this checkout (PayPal RT's button included). */
  verify?: VerifyBillingKey<TResult> | undefined;
  /** The picker's caption (default "결제수단" / "Payment method"). */
  legend?: ReactNode;
  /** The register button's label; default "{method} 등록하기" / "Register {method}". */
  buttonLabel?: ReactNode;
  /** Laid out between the consent and the register button (a `<RecurringConsent>` child is the checkout's consent). */
  children?: ReactNode;
  /** While true, nothing can be chosen or registered. */
  disabled?: boolean | undefined;
  /**
   * Renders PayPal RT's button for a `paypal_v2` method; default: the entry's `PayPalBillingButton`. It gets only the
   * request fields that component takes (never `amount`) and the callbacks.
   */
  payPalButton?: PayPalButtonComponent<TResult> | undefined;
}

/** The props of the checkout's `<div>` (the request fields and the checkout's own props are taken out). */
export type CheckoutDivProps = Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'defaultValue' | 'onFailure' | 'children'>;

/**
 * Props of either generation's `BillingKeyCheckout` (each entry names it `BillingKeyCheckoutProps`): the checkout's
 * own, the request fields every method shares (`TShared`, the entry's `CheckoutSharedRequest`), and `<div>` attributes.
 */
export type CheckoutProps<TMethod extends MethodBase, TShared, TResult> = CheckoutOwnProps<TMethod, TResult> &
  TShared &
  Omit<CheckoutDivProps, keyof TShared>;

const OWN_KEYS = [
  'methods',
  'value',
  'defaultValue',
  'onChange',
  'consent',
  'onSuccess',
  'onFailure',
  'verify',
  'legend',
  'buttonLabel',
  'children',
  'disabled',
  'payPalButton',
] as const;

/** The fields of `request` named by `keys` (those present). */
function pick(request: unknown, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (request as Record<string, unknown>)[key];
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The settings of a consent given as a prop or as a direct `<RecurringConsent>` child, read before render. */
function declaredConsent(consent: unknown, children: ReactNode): RecurringConsentSettings | null {
  const settingsOf = (props: Record<string, unknown>) => ({
    version: consentVersionOf(props.version),
    required: props.required !== false,
  });
  if (isValidElement(consent))
    return consent.type === RecurringConsent ? settingsOf(consent.props as Record<string, unknown>) : null;
  if (isObject(consent)) return settingsOf(consent);
  const child = Children.toArray(children).find((node) => isValidElement(node) && node.type === RecurringConsent);
  return isValidElement(child) ? settingsOf(child.props as Record<string, unknown>) : null;
}

/** The consent element the checkout renders for its `consent` prop. */
function consentElement(consent: unknown): ReactNode {
  if (isValidElement(consent)) return consent;
  if (!isObject(consent)) return null;
  const { terms, version, required, label } = consent as unknown as RecurringConsentProps;
  return <RecurringConsent terms={terms} version={version} required={required} label={label} />;
}

/** Splits a checkout's props: its own, the request fields every method shares, and the `<div>`'s. */
function splitCheckoutProps<P extends object>(props: P, requestKeys: readonly string[]) {
  const own: Record<string, unknown> = {};
  const shared: Record<string, unknown> = {};
  const div: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((OWN_KEYS as readonly string[]).includes(key)) own[key] = value;
    else if (requestKeys.includes(key)) shared[key] = value;
    else div[key] = value;
  }
  return { own, shared, div: div as CheckoutDivProps };
}

/**
 * The payment-method checkout, written once for both generations over `binding`: the picker, the chosen method's
 * notice, the consent, and one register button (or PayPal's own button for PayPal RT).
 */
export function Checkout<TMethod extends MethodBase, TRequest, TResult extends { verified: boolean; response: unknown }, TSdk>({
  binding,
  props,
}: {
  binding: GenerationBinding<TMethod, TRequest, TResult, TSdk>;
  props: CheckoutOwnProps<TMethod, TResult> & object;
}) {
  const { own, shared, div } = splitCheckoutProps(props, binding.requestKeys);
  const options = own as unknown as CheckoutOwnProps<TMethod, TResult>;
  const context = binding.useEnvironment('BillingKeyCheckout');
  const { messages } = usePageMessages();
  const { slot, gate } = useConsentSlot(declaredConsent(options.consent, options.children));
  const checkout = useCheckout(context, binding, { ...options, shared, gate: () => gate });
  const latest = useLatest(options);
  const noticeId = useId();
  const reasonId = useId();

  const { method, isPayPal } = checkout;
  const request = method ? checkout.requestOf(method) : null;
  const blocked = gate.required && !gate.record;
  const disabled = options.disabled === true || !method || blocked;
  const noticeContent = binding.useNotice(request ?? {});
  const notice = noticeContent.notices.length > 0 ? <NoticeView id={noticeId} {...noticeContent} /> : null;

  const handleClick = useClickRequest({
    start: () => {
      const chosen = checkout.method;
      return checkout.request().then((result) => ({ result, chosen }));
    },
    onSuccess: ({ result, chosen }) => {
      if (chosen) latest.current.onSuccess?.(result, chosen);
    },
    onFailure: (error) => latest.current.onFailure?.(error),
  });

  const label = method ? checkout.picker.labelOf(method) : '';
  const PayPal = options.payPalButton ?? binding.PayPal;
  let action: ReactNode;
  if (!method) action = <Muted>{messages.checkout.noMethods}</Muted>;
  else if (isPayPal && request) {
    // PayPal's container is not loaded until the consent it needs is given, nor while the checkout is disabled.
    action =
      blocked || options.disabled === true || !PayPal ? null : (
        <PayPal
          key={method.id}
          {...pick(request, binding.payPalKeys)}
          // The checkout's own verify holds for PayPal's key as for the register button's.
          {...(options.verify ? { verify: options.verify } : {})}
          onSuccess={(result) => {
            const withConsent = gate.record ? { ...result, consent: gate.record } : result;
            latest.current.onSuccess?.(withConsent, method);
          }}
          onFailure={(error) => latest.current.onFailure?.(error)}
        />
      );
  } else {
    action = (
      <ButtonShell
        status={checkout.status}
        onClick={handleClick}
        buttonProps={{
          disabled,
          'aria-describedby': [notice ? noticeId : '', blocked ? reasonId : ''].filter(Boolean).join(' ') || undefined,
        }}
      >
        {options.buttonLabel ?? format(messages.checkout.register, { method: label })}
      </ButtonShell>
    );
  }

  return (
    <Panel {...div} aria-busy={checkout.busy || undefined}>
      <MethodPickerView picker={checkout.picker} legend={options.legend} />
      {notice}
      <ConsentSlotContext.Provider value={slot}>
        {consentElement(options.consent)}
        {options.children}
      </ConsentSlotContext.Provider>
      <div>{action}</div>
      {/* Always rendered, so the reason is announced when it appears (the box unticked again). */}
      <Muted id={reasonId} role="status">
        {blocked ? (isPayPal ? messages.checkout.payPalNeedsConsent : messages.consent.reason) : ''}
      </Muted>
    </Panel>
  );
}

/** Options of a checkout's headless hook: the picker's, the consent's settings, `verify`, and the shared request fields. */
export interface CheckoutHookOptions<TMethod extends MethodBase, TResult> extends UseBillingMethodPickerOptions<TMethod> {
  /** The consent's settings (`terms` is for your own UI); without it no consent is asked. */
  consent?: (RecurringConsentSettings & { terms?: ReactNode }) | undefined;
  verify?: VerifyBillingKey<TResult> | undefined;
}

/** What a checkout's headless hook returns: the checkout, and the consent's state (`null` without one). */
export interface CheckoutHookValue<TMethod extends MethodBase, TRequest, TResult> extends CheckoutCore<
  TMethod,
  TRequest,
  TResult
> {
  consent: UseRecurringConsentValue | null;
}

/** The headless checkout over `binding`: the picker, the consent's state and the gated request. */
export function useCheckoutHook<
  TMethod extends MethodBase,
  TRequest,
  TResult extends { verified: boolean; response: unknown },
  TSdk,
>(
  binding: GenerationBinding<TMethod, TRequest, TResult, TSdk>,
  options: CheckoutHookOptions<TMethod, TResult> & object,
): CheckoutHookValue<TMethod, TRequest, TResult> {
  const { own, shared } = splitCheckoutProps(options, binding.requestKeys);
  const context = binding.useEnvironment('useBillingKeyCheckout');
  const settings = isObject(options.consent) ? options.consent : null;
  const consent = useRecurringConsent({ version: settings?.version ?? '', required: settings ? settings.required : false });
  const gate = settings ? consent.gate : undefined;
  const checkout = useCheckout(context, binding, {
    ...(own as unknown as UseBillingMethodPickerOptions<TMethod>),
    shared,
    verify: options.verify,
    gate: () => gate,
  });
  return { ...checkout, consent: settings ? consent : null };
}
