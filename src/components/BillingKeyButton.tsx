import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { BillingKeyRequest } from '../core/request/v1-types';
import { noticesOf } from '../core/rules/v1-notices';
import { findPgRule } from '../core/rules/v1-pg-lookup';
import { useBillingKeyUi } from '../react/ui-context';
import { useBillingKey } from '../react/useBillingKey';
import type { NativeButtonProps } from './button-shell';
import { NoticeView } from './notice-view';
import { RequestButton, type RequestButtonBinding, type RequestButtonOwnProps } from './request-button';
import { V1_REQUEST_KEYS } from './request-props';

/** Props of {@link BillingKeyButton}: the request, the callbacks, and any other `<button>` attribute. */
export interface BillingKeyButtonProps
  extends BillingKeyRequest, RequestButtonOwnProps<BillingKeyResult>, Omit<NativeButtonProps, 'name' | keyof BillingKeyRequest> {
  /** Called with the issued key; save `customerUid` on your server and charge it there. */
  onSuccess?: (result: BillingKeyResult) => void;
}

/** The currency the request names (`params.currency`), when it names one. */
export function currencyOf(params: unknown): string | undefined {
  const currency = (params as { currency?: unknown } | undefined)?.currency;
  return typeof currency === 'string' ? currency : undefined;
}

const V1_BUTTON: RequestButtonBinding<BillingKeyRequest, BillingKeyResult> = {
  requestKeys: V1_REQUEST_KEYS,
  useBillingKey,
  // The provider's rules (a lean provider's are only the PGs it was given), never the whole table: a button always has
  // a provider.
  useNotice({ pg, amount, payMethod, params }, shown) {
    const { extraRules, rules } = useBillingKeyUi();
    const notices = noticesOf(findPgRule(pg, extraRules, rules ?? {}), amount ?? 0, payMethod);
    if (!shown || notices.length === 0) return undefined;
    return (id) => <NoticeView id={id} pg={pg} notices={notices} amount={amount ?? 0} currency={currencyOf(params)} />;
  },
};

/**
 * One button that issues a v1 billing key through the PG's window, with that PG's rules applied. While working it is
 * `aria-busy`, shows that it is busy and ignores clicks; another window elsewhere on the page gets `BUSY`. Rendering
 * never throws, whatever the props: bad props fail the click with `INVALID_PARAMS`, and nothing opens. When the button
 * unmounts (a route change) its request is abandoned and its callbacks are not called; the provider's `onResult` still
 * hears a late answer. Must be inside an `IamportProvider`.
 */
export function BillingKeyButton(props: BillingKeyButtonProps) {
  return <RequestButton binding={V1_BUTTON} props={props} />;
}
