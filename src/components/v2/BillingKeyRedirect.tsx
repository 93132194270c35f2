import type { ReactNode } from 'react';
import {
  useBillingKeyRedirect,
  type UseBillingKeyRedirectOptions,
  type UseBillingKeyRedirectValue,
} from '../../react/v2/useBillingKeyRedirect';

/** Props of the v2 {@link BillingKeyRedirect}. */
export interface BillingKeyRedirectProps extends UseBillingKeyRedirectOptions {
  /** Rendered as is, or called with the redirect's state (e.g. to show "확인 중…" while `verify` runs). */
  children?: ReactNode | ((state: UseBillingKeyRedirectValue) => ReactNode);
}

/**
 * Put it on the page at `redirectUrl` (by default the page that has the button): it reports the result of a v2
 * redirect return once through `onSuccess` / `onFailure` and cleans the URL. Renders only its children.
 * See the v2 {@link useBillingKeyRedirect}.
 */
export function BillingKeyRedirect({ children, ...options }: BillingKeyRedirectProps) {
  const state = useBillingKeyRedirect(options);
  return <>{typeof children === 'function' ? children(state) : children}</>;
}
