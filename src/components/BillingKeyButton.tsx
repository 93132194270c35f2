import { useId, useRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { styled } from 'styled-components';
import type { BillingKeyError } from '../core/errors';
import { getPgNotices } from '../core/notices';
import type { VerifyBillingKey } from '../core/run-request';
import type { BillingKeyRequest, BillingKeyResult } from '../core/types';
import { isBillingKeyBusy, useBillingKey, type BillingKeyStatus } from '../react/useBillingKey';
import { PgNotice } from './PgNotice';
import { tokens } from '../theme/theme';
import { useUiMessages } from './use-ui-messages';

type NativeButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'name' | 'type' | 'children' | keyof BillingKeyRequest>;

/** Props of {@link BillingKeyButton}: the request, the callbacks, and any other `<button>` attribute. */
export interface BillingKeyButtonProps extends BillingKeyRequest, NativeButtonProps {
  /** Called with the issued key; save `customerUid` on your server and charge it there. */
  onSuccess?: (result: BillingKeyResult) => void;
  /** Called with a typed {@link BillingKeyError}; show `error.message` to the buyer. */
  onFailure?: (error: BillingKeyError) => void;
  /** `'auto'` (default) shows the PG's {@link PgNotice} under the button; `'none'` hides it. */
  notice?: 'auto' | 'none';
  /** Overrides the provider's `verify` for this button. */
  verify?: VerifyBillingKey;
  /** The label; default from the locale. */
  children?: ReactNode;
}

// One interpolation builds the whole rule from the tokens (see CardFilter).
const Button = /* @__PURE__ */ styled.button.withConfig({ componentId: 'rbk-BillingKeyButton' })((p) => {
  const { colors: c, spacing: s, radius, fontFamily, fontSize, focusRingWidth } = tokens(p.theme);
  return `display:inline-flex;align-items:center;justify-content:center;gap:${s};min-height:44px;padding:0 calc(${s}*2.5);
border:0;border-radius:${radius};background:${c.primary};color:${c.onPrimary};font-family:${fontFamily};font-size:${fontSize};
font-weight:600;cursor:pointer;
&:hover:not(:disabled){background:${c.primaryHover}}
&:focus-visible{outline:${focusRingWidth} solid ${c.focusRing};outline-offset:2px}
&[aria-busy=true]{cursor:progress}
&:disabled{cursor:not-allowed;opacity:.6}`;
});

/**
 * One button that issues a billing key through the PG's window, with that PG's rules applied.
 * While working it is `aria-busy` and ignores clicks; a second window elsewhere on the page gets `BUSY`.
 */
export function BillingKeyButton(props: BillingKeyButtonProps) {
  // Every request prop is taken out by name, so none of them reaches the DOM; the rest are the button's own attributes.
  const {
    pg,
    channelKey,
    customerUid,
    amount,
    name,
    merchantUid,
    payMethod,
    buyer,
    redirectUrl,
    cards,
    cardInstallments,
    params,
    onSuccess,
    onFailure,
    notice = 'auto',
    verify,
    children,
    onClick,
    ...buttonProps
  } = props;
  // Typed with every key of BillingKeyRequest required: a new request field must be taken out above too.
  const billingKeyRequest: { [K in keyof Required<BillingKeyRequest>]: BillingKeyRequest[K] } = {
    pg,
    channelKey,
    customerUid,
    amount,
    name,
    merchantUid,
    payMethod,
    buyer,
    redirectUrl,
    cards,
    cardInstallments,
    params,
  };
  const { request, status } = useBillingKey({ verify });
  const { messages } = useUiMessages();
  const noticeId = useId();
  // A ref, not state: a second click in the same tick must see the first one.
  const working = useRef(false);
  const busy = isBillingKeyBusy(status);

  const showNotice = notice === 'auto' && getPgNotices(pg, amount ?? 0, payMethod).length > 0;

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || working.current || busy) return;
    working.current = true;
    request(billingKeyRequest).then(
      (result) => {
        working.current = false;
        onSuccess?.(result);
      },
      (error: BillingKeyError) => {
        working.current = false;
        onFailure?.(error);
      },
    );
  };

  return (
    <>
      <Button
        type="button"
        {...buttonProps}
        aria-busy={busy}
        aria-describedby={[buttonProps['aria-describedby'], showNotice && noticeId].filter(Boolean).join(' ') || undefined}
        onClick={handleClick}
      >
        {children ?? messages.button[busy ? (status as Exclude<BillingKeyStatus, 'idle' | 'success' | 'failure'>) : 'label']}
      </Button>
      {showNotice && <PgNotice id={noticeId} pg={pg} amount={amount} payMethod={payMethod} />}
    </>
  );
}
