import { wasKeyIssued, warnOnce } from '../page/dev-notes';
import { hasOwn, ownView } from '../rules/own';
import { V1_PG_ADVICE } from '../rules/v1-pg-advice';
import { pgCodeOf } from '../vocabulary/pg-code';
import type { PreparedRequest } from '../request/v1-request';
import type { BillingKeyRequest } from '../request/v1-types';

/**
 * Development-only warnings about a valid v1 request that PortOne accepts but that probably does not do what the
 * developer expects: a discontinued PG, an amount a display-only PG will not charge, a field the docs recommend, a pay
 * method the buyer chooses anyway, a `customerUid` that already got a key on this page. Each is printed once per page.
 * Call it behind `process.env.NODE_ENV !== 'production'`.
 */
export function warnAboutRequest(prepared: PreparedRequest, request: BillingKeyRequest): void {
  const { pg, amount, customerUid, params } = prepared;
  const rule = ownView(prepared.rule);
  // The rule's own advice first (a merchant's pgRules), then the library's for this PG; both by own fields only.
  const code = pgCodeOf(pg);
  const advice = hasOwn(V1_PG_ADVICE, code) ? ownView(V1_PG_ADVICE[code]) : undefined;
  if (rule.status === 'discontinued') {
    const endedOn = rule.endedOn ?? advice?.endedOn ?? 'an earlier date';
    warnOnce(`${pg} is discontinued: its service ended on ${endedOn}. Choose a live PG (see PG_RULES and PG_DOCS).`);
  }
  const method = prepared.payMethod ?? Object.keys(rule.methods)[0];
  const methodRule = method && Object.prototype.hasOwnProperty.call(rule.methods, method) ? rule.methods[method] : undefined;
  if (amount > 0 && methodRule?.positiveAmount === 'display-only') {
    warnOnce(
      `${pg}: amount ${amount} is only shown in the window and is not charged. ` +
        'Charge it from your server with POST /subscribe/payments/again after the key is issued.',
    );
  }
  if (amount > 0 && methodRule?.positiveAmount === 'not-used') {
    warnOnce(
      `${pg}: amount ${amount} is neither shown in the window nor charged (this PG issues the key only). ` +
        'Charge it from your server with POST /subscribe/payments/again after the key is issued.',
    );
  }
  if (amount > 0 && methodRule?.positiveAmount === 'charged' && methodRule.mayStayPending) {
    warnOnce(
      `${pg}: the first payment may stay pending (approved later). A success here does not prove the payment: read its ` +
        'status on your server with GET /payments/{imp_uid} (include_sandbox=true on test channels) and take the webhook.',
    );
  }
  const recommended = rule.recommended ?? advice?.recommended;
  for (const field of recommended?.buyerFields ?? []) {
    if (!request.buyer?.[field]) warnOnce(`${pg}: PortOne's docs recommend buyer.${field} for this PG.`);
  }
  for (const key of recommended?.params ?? []) {
    if (params[key] === undefined) warnOnce(`${pg}: PortOne's docs recommend params.${key} for this PG.`);
  }
  if (rule.payMethodDefault === 'omit' && request.payMethod !== undefined) {
    warnOnce(
      `${pg}: the buyer chooses the payment method inside the PG; payMethod "${request.payMethod}" is sent but may be ignored.`,
    );
  }
  if (wasKeyIssued(customerUid)) {
    warnOnce(
      `customerUid "${customerUid}" already got a key on this page: this request replaces the card behind it and ` +
        'the old key is not revoked. Use one customerUid per member per card.',
    );
  }
}
