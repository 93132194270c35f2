import type { ReactNode } from 'react';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { getV2PgNotices } from '../../core/rules/v2-notices';
import { useBillingKey } from '../../react/v2/useBillingKey';
import { ButtonShell, type NativeButtonProps } from '../button-shell';
import { useBillingKeyUi } from '../../react/ui-context';
import { PgNotice } from './PgNotice';
import { splitRequestProps, V2_REQUEST_KEYS } from '../request-props';
import { useClickRequest } from '../use-click-request';

/** Props of the v2 {@link BillingKeyButton}: the request, the callbacks, and any other `<button>` attribute. */
export interface BillingKeyButtonProps extends V2BillingKeyRequest, Omit<NativeButtonProps, keyof V2BillingKeyRequest> {
  /**
   * Called with the issued key; save `billingKey` on your server and charge it there. With manual confirmation
   * (`needsConfirmation`), `billingKey` is `null`: confirm `billingIssueToken` on your server first (or in `verify`).
   */
  onSuccess?: (result: V2BillingKeyResult) => void;
  /** Called with a typed {@link BillingKeyError}; show `error.message` to the buyer. */
  onFailure?: (error: BillingKeyError) => void;
  /**
   * `'auto'` (default) shows the PG's {@link PgNotice} after the button (with `payment`, the amount charged now);
   * `'none'` hides it.
   */
  notice?: 'auto' | 'none';
  /** Overrides the provider's `verify` for this button. */
  verify?: VerifyBillingKey<V2BillingKeyResult>;
  /** The label; default from the locale. While busy it stays, and a spinner appears beside it. */
  children?: ReactNode;
}

/**
 * One button that issues a v2 billing key through the PG's window (`PortOne.requestIssueBillingKey`), with that PG's
 * rules applied; the same look, states and guarantees as v1's button. While working it is `aria-busy`, shows that it is
 * busy and ignores clicks; another window elsewhere on the page gets `BUSY`. Rendering never throws, whatever the props:
 * bad props fail the click with `INVALID_PARAMS`, and nothing opens. When the button unmounts its request is abandoned
 * and its callbacks are not called; the provider's `onResult` still hears a late answer. Must be inside a `PortOneProvider`.
 */
export function BillingKeyButton(props: BillingKeyButtonProps) {
  const { onSuccess, onFailure, notice = 'auto', verify, children, onClick, ...rest } = props;
  const [request, buttonProps] = splitRequestProps(rest, V2_REQUEST_KEYS);
  const { pg, displayAmount, currency, payment } = request;
  const billingKey = useBillingKey({ verify });
  const { extraV2Rules } = useBillingKeyUi();
  const showNotice = notice !== 'none' && getV2PgNotices(pg, displayAmount, extraV2Rules, payment).length > 0;
  const handleClick = useClickRequest({ start: () => billingKey.request(request), onSuccess, onFailure, onClick });

  return (
    <ButtonShell
      status={billingKey.status}
      buttonProps={buttonProps}
      onClick={handleClick}
      notice={
        showNotice
          ? (id) => <PgNotice id={id} pg={pg} displayAmount={displayAmount} currency={currency} payment={payment} />
          : undefined
      }
    >
      {children}
    </ButtonShell>
  );
}
