import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { useBillingKeyRedirect } from '../../react/v2/useBillingKeyRedirect';
import type { RedirectProps } from '../redirect-props';

/** Props of the v2 {@link BillingKeyRedirect}: those of the v2 {@link useBillingKeyRedirect}, and `children` (a node, or a function of its state). */
export type BillingKeyRedirectProps = RedirectProps<V2BillingKeyResult>;

/**
 * Put it on the page at `redirectUrl` (by default the page that has the button): it reports the result of a v2
 * redirect return once through `onSuccess` / `onFailure` and cleans the URL. Renders only its children.
 * See the v2 {@link useBillingKeyRedirect}.
 */
export function BillingKeyRedirect({ children, ...options }: BillingKeyRedirectProps) {
  const state = useBillingKeyRedirect(options);
  return <>{typeof children === 'function' ? children(state) : children}</>;
}
