import { createContext, useContext } from 'react';
import type { Locale } from '../core/vocabulary/core-messages';
import type { PgRules } from '../core/rules/v1-pg-lookup';
import type { V2PgRules } from '../core/rules/v2-pg-rules';

/**
 * What the components need from whichever provider is above them (v1 `IamportProvider` or v2 `PortOneProvider`):
 * the locale, the merchant's text overrides and the merchant's extra PG rules. Components also render without a
 * provider (Korean, the library's rules), so this context has a default.
 */
export interface BillingKeyUi {
  readonly locale: Locale;
  /** The provider's `messages` prop, as given; each component merges the section it shows. */
  readonly overrides: unknown;
  /** The provider's `pgRules` (v1). */
  readonly extraRules?: PgRules | undefined;
  /** The provider's `pgRules` (v2). */
  readonly extraV2Rules?: V2PgRules | undefined;
  /** The library rules the v1 provider knows (every PG's, or a lean provider's `rules`); a button reads its notices here. */
  readonly rules?: PgRules | undefined;
  /** The library rules the v2 provider knows (every PG's, or a lean provider's `rules`). */
  readonly v2Rules?: V2PgRules | undefined;
  /** False under a v2 provider without issue-and-pay (a lean one not given it): a `payment` is refused, never made. */
  readonly issueAndPay?: boolean;
}

const DEFAULT_UI: BillingKeyUi = { locale: 'ko', overrides: undefined };

/** Set by both providers. */
export const BillingKeyUiContext = /* @__PURE__ */ createContext<BillingKeyUi>(DEFAULT_UI);

/** The UI settings of the nearest provider (Korean defaults without one). */
export function useBillingKeyUi(): BillingKeyUi {
  return useContext(BillingKeyUiContext);
}
