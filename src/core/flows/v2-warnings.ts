import { warnOnce } from '../page/dev-notes';
import { hasOwn, ownView } from '../rules/own';
import { V2_PG_ADVICE } from '../rules/v2-pg-advice';
import type { PreparedV2Request } from '../request/v2-request';

/**
 * Development-only warnings about a valid v2 request that PortOne accepts but that probably does not do what the
 * developer expects: a field the PG requires on the other kind of device (the request would fail there), a
 * `displayAmount` that is only shown (or not shown at all), a `locale` or `card.cardCompany` the window ignores, a field
 * the docs recommend, a `params` key the SDK does not know. Each is printed
 * once per page. Call it behind `process.env.NODE_ENV !== 'production'`.
 */
export function warnAboutV2Request(prepared: PreparedV2Request): void {
  const { pg, params, device, unknownParams, missingOnOtherDevice } = prepared;
  const rule = ownView(prepared.rule);
  // The rule's own advice first (a merchant's pgRules), then the library's for this PG; both by own fields only.
  const advice = hasOwn(V2_PG_ADVICE, pg) ? ownView(V2_PG_ADVICE[pg]) : undefined;
  const other = device === 'mobile' ? 'PC' : 'mobile';
  for (const field of missingOnOtherDevice) {
    warnOnce(`${pg}: ${field} is required on ${other} browsers; this request would be refused there.`);
  }
  if (params.displayAmount !== undefined && params.displayAmount > 0) {
    warnOnce(
      rule.showsDisplayAmount === true
        ? `${pg}: displayAmount ${params.displayAmount} is only shown in the window; requestIssueBillingKey charges nothing. ` +
            'Charge it from your server with POST /payments/{paymentId}/billing-key after the key is issued.'
        : `${pg}: displayAmount ${params.displayAmount} is not shown in this PG's billing window (its page documents no ` +
            'amount there), and requestIssueBillingKey charges nothing: tell the buyer the price on your own page.',
    );
  }
  if (prepared.ignoredLocale !== undefined) {
    warnOnce(
      `${pg}: params.locale ${prepared.ignoredLocale} is ignored by this PG's window${device === 'mobile' ? ' on mobile' : ''} ` +
        `(it shows ${rule.locales?.join(', ') ?? 'its own language'}); it is sent, but the buyer sees the window's own language.`,
    );
  }
  if (rule.cardCompanyIgnored === true && params.card?.cardCompany !== undefined) {
    warnOnce(
      `${pg}: params.card.cardCompany has no effect on this PG's billing window (it does not open one card company ` +
        'directly); the buyer still picks the card there.',
    );
  }
  for (const key of rule.recommendedParams ?? advice?.recommendedParams ?? []) {
    if ((params as unknown as Record<string, unknown>)[key] === undefined) {
      warnOnce(`${pg}: PortOne's docs recommend params.${key} for this PG.`);
    }
  }
  for (const key of unknownParams) {
    warnOnce(`params.${key} is not a field of PortOne.requestIssueBillingKey (@portone/browser-sdk 0.1.11); it is sent as is.`);
  }
}

/** Development-only: a success that is not a key yet (manual confirmation) and that no `verify` confirmed. */
export function warnAboutUnconfirmed(pg: string): void {
  warnOnce(
    `${pg}: this channel uses manual confirmation: result.billingKey is null until your server calls ` +
      'POST /billing-keys/confirm with result.billingIssueToken (soon, or the issuance lapses). Pass verify to do it ' +
      'before success is reported.',
  );
}
