import type { BillingKeyResult } from '../core/outcome/v1-result';
import { useBillingKeyRedirect } from '../react/useBillingKeyRedirect';
import type { RedirectProps } from './redirect-props';

/** Props of {@link BillingKeyRedirect}: those of {@link useBillingKeyRedirect}, and `children` (a node, or a function of its state). */
export type BillingKeyRedirectProps = RedirectProps<BillingKeyResult>;

/**
 * Put it on the page at `m_redirect_url` (by default the page that has the button): it reports the result of a
 * redirect return once through `onSuccess` / `onFailure` and cleans the URL. Renders only its children.
 * See {@link useBillingKeyRedirect}.
 */
export function BillingKeyRedirect({ children, ...options }: BillingKeyRedirectProps) {
  const state = useBillingKeyRedirect(options);
  return <>{typeof children === 'function' ? children(state) : children}</>;
}
