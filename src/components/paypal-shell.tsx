import { useMemo, type HTMLAttributes } from 'react';
import { css, styled } from 'styled-components';
import type { PayPalProtocol, PayPalEnvironment, PayPalSnapshot } from '../core/flows/paypal-controller';
import { mergeMessages } from '../core/vocabulary/core-messages';
import { PAYPAL_MESSAGES } from '../texts/paypal-messages';
import { useBillingKeyUi } from '../react/ui-context';
import { usePayPalButton, type PayPalCallbacks } from '../react/use-paypal-button';
import { splitRequestProps } from './request-props';
import { tokens } from '../theme/theme';

const Area = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-PayPalBillingButton' })(({ theme }) => {
  const { colors, spacing, fontFamily, fontSize } = tokens(theme);
  return css`
    display: grid;
    gap: ${spacing};
    min-width: 150px;
    max-width: 750px;
    font-family: ${fontFamily};
    font-size: ${fontSize};
    color: ${colors.mutedText};
  `;
});

/** The `<div>` attributes a PayPal button passes through to its area. */
export type PayPalAreaProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'>;

/**
 * The look and the accessibility of both generations' `PayPalBillingButton`: a labelled group holding PortOne's
 * container (`<div class="portone-ui-container" data-portone-ui-type="paypal-rt">`, only while this button holds the
 * page's PayPal slot; hidden while the props are refused), `aria-busy` while loading or verifying, and the status as
 * text, announced politely. A refused second button renders nothing.
 */
export function PayPalShell({ snapshot, areaProps }: { snapshot: PayPalSnapshot<unknown>; areaProps: PayPalAreaProps }) {
  const { locale, overrides } = useBillingKeyUi();
  const texts = useMemo(() => mergeMessages(PAYPAL_MESSAGES[locale], overrides).paypal, [locale, overrides]);
  const { status, claimed } = snapshot;
  if (status === 'refused') return null;
  const busyText = status === 'loading' ? texts.loading : status === 'verifying' ? texts.verifying : '';
  return (
    <Area role="group" aria-label={texts.label} {...areaProps} aria-busy={busyText !== ''} data-status={status}>
      {claimed && <div className="portone-ui-container" data-portone-ui-type="paypal-rt" hidden={status === 'invalid'} />}
      <span role="status">{busyText}</span>
    </Area>
  );
}

/** What both generations' `PayPalBillingButton` hand to {@link PayPalArea}. */
export interface PayPalAreaBinding<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk, TParams> {
  /** The button's props: the request fields, the callbacks and any other attribute of the area. */
  props: TRequest & PayPalCallbacks<TResult> & Omit<PayPalAreaProps, keyof TRequest>;
  /** The props that make the request (the rest goes to the area's `<div>`). */
  requestKeys: readonly (keyof TRequest)[];
  /** The provider's settings of the moment. */
  provider: Omit<PayPalEnvironment<TResult>, 'notify'>;
  /** The generation's PayPal protocol, created once per mounted button. */
  createProtocol: () => PayPalProtocol<TRequest, TResult, TSdk, TParams>;
}

/**
 * Both generations' PayPal button, bound once: the props split into the request and the area's attributes, the
 * controller bound to this mount (`usePayPalButton`), and {@link PayPalShell} rendered from its state.
 */
export function PayPalArea<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk, TParams>({
  props,
  requestKeys,
  provider,
  createProtocol,
}: PayPalAreaBinding<TRequest, TResult, TSdk, TParams>) {
  const { onSuccess, onFailure, verify, ...rest } = props;
  const [request, areaProps] = splitRequestProps(rest as Record<keyof TRequest, unknown>, requestKeys);
  const snapshot = usePayPalButton(createProtocol, provider, request as TRequest, { onSuccess, onFailure, verify });
  return <PayPalShell snapshot={snapshot} areaProps={areaProps} />;
}
