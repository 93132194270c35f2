import type { ReactNode } from 'react';
import type { RedirectOptions, RedirectValue } from '../react/use-redirect-flow';

/**
 * Props of either generation's `BillingKeyRedirect` (each entry names it `BillingKeyRedirectProps`): the options of
 * its `useBillingKeyRedirect`, and the children.
 */
export interface RedirectProps<TResult> extends RedirectOptions<TResult> {
  /** Rendered as is, or called with the redirect's state (e.g. to show "확인 중…" while `verify` runs). */
  children?: ReactNode | ((state: RedirectValue<TResult>) => ReactNode);
}
