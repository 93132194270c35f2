import type { ReactNode } from 'react';
import type { BillingKeyError } from '../core/vocabulary/errors';
import type { VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { BillingKeyRequest } from '../core/request/v1-types';
import { getPgNotices } from '../core/rules/v1-notices';
import { useBillingKeyUi } from '../react/ui-context';
import { useBillingKey } from '../react/useBillingKey';
import { ButtonShell, type NativeButtonProps } from './button-shell';
import { PgNotice } from './PgNotice';
import { splitRequestProps, V1_REQUEST_KEYS } from './request-props';
import { useClickRequest } from './use-click-request';

/** Props of {@link BillingKeyButton}: the request, the callbacks, and any other `<button>` attribute. */
export interface BillingKeyButtonProps extends BillingKeyRequest, Omit<NativeButtonProps, 'name' | keyof BillingKeyRequest> {
  /** Called with the issued key; save `customerUid` on your server and charge it there. */
  onSuccess?: (result: BillingKeyResult) => void;
  /** Called with a typed {@link BillingKeyError}; show `error.message` to the buyer. */
  onFailure?: (error: BillingKeyError) => void;
  /** `'auto'` (default) shows the PG's {@link PgNotice} after the button; `'none'` hides it. */
  notice?: 'auto' | 'none';
  /** Overrides the provider's `verify` for this button. */
  verify?: VerifyBillingKey<BillingKeyResult>;
  /** The label; default from the locale. While busy it stays, and a spinner appears beside it. */
  children?: ReactNode;
}

/** The currency the request names (`params.currency`), when it names one. */
export function currencyOf(params: unknown): string | undefined {
  const currency = (params as { currency?: unknown } | undefined)?.currency;
  return typeof currency === 'string' ? currency : undefined;
}

/**
 * One button that issues a v1 billing key through the PG's window, with that PG's rules applied. While working it is
 * `aria-busy`, shows that it is busy and ignores clicks; another window elsewhere on the page gets `BUSY`. Rendering
 * never throws, whatever the props: bad props fail the click with `INVALID_PARAMS`, and nothing opens. When the button
 * unmounts (a route change) its request is abandoned and its callbacks are not called; the provider's `onResult` still
 * hears a late answer. Must be inside an `IamportProvider`.
 */
export function BillingKeyButton(props: BillingKeyButtonProps) {
  const { onSuccess, onFailure, notice = 'auto', verify, children, onClick, ...rest } = props;
  const [request, buttonProps] = splitRequestProps(rest, V1_REQUEST_KEYS);
  const { pg, amount, payMethod, params } = request;
  const billingKey = useBillingKey({ verify });
  const { extraRules } = useBillingKeyUi();
  const showNotice = notice !== 'none' && getPgNotices(pg, amount, payMethod, extraRules).length > 0;
  const handleClick = useClickRequest({ start: () => billingKey.request(request), onSuccess, onFailure, onClick });

  return (
    <ButtonShell
      status={billingKey.status}
      buttonProps={buttonProps}
      onClick={handleClick}
      notice={
        showNotice
          ? (id) => <PgNotice id={id} pg={pg} amount={amount} payMethod={payMethod} currency={currencyOf(params)} />
          : undefined
      }
    >
      {children}
    </ButtonShell>
  );
}
