import type { PreparedRequest } from './request';
import type { BillingKeyRequest } from './types';

// Typed here so the library needs no Node types; bundlers replace `process.env.NODE_ENV` by its value.
declare const process: { env: { NODE_ENV?: string } };

// Messages already printed, and customerUids already requested, in this page session.
const warned = /* @__PURE__ */ new Set<string>();
const requestedUids = /* @__PURE__ */ new Set<string>();

/**
 * Development-only `console.warn`s about a validated request that PortOne accepts but that probably does not do what the
 * developer expects: an amount a display-only PG will not charge, a phone PG without `params.digital`, a `customerUid`
 * requested twice on this page, a `payMethod` the PG ignores. Each distinct message is printed once per page.
 * Silent when `process.env.NODE_ENV === 'production'`, and removed by bundlers that define it.
 * @param prepared The result of `prepareRequest`.
 * @param request The request as given, to tell an explicit `payMethod` from the default.
 */
export function warnAboutRequest(prepared: PreparedRequest, request?: Pick<BillingKeyRequest, 'payMethod'>): void {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    const { rule, pg, amount, customerUid, params } = prepared;
    const warn = (message: string) => {
      if (warned.has(message)) return;
      warned.add(message);
      console.warn(`[react-billing-key] ${message}`);
    };
    if (amount > 0 && rule.positiveAmount === 'display-only') {
      warn(
        `${pg}: amount ${amount} is only shown in the window and is not charged. ` +
          'Charge it from your server with POST /subscribe/payments/again after the key is issued.',
      );
    }
    if (rule.expectsDigitalFlag && params.digital === undefined) {
      warn(`${pg}: PortOne's SDK docs ask phone payments for params.digital (true for digital goods, false otherwise).`);
    }
    if (rule.payMethodChosenByBuyer && request?.payMethod !== undefined) {
      warn(`${pg}: payMethod "${request.payMethod}" is ignored; the buyer chooses the payment method in the PG's app.`);
    }
    if (requestedUids.has(customerUid)) {
      warn(
        `customerUid "${customerUid}" was already requested on this page. If a key was issued for it, this request ` +
          'replaces the card behind it and the old key is not revoked. Use one customerUid per member per card.',
      );
    }
    requestedUids.add(customerUid);
  }
}

/** Forgets which warnings were printed and which customerUids were requested (for tests). */
export function resetDevWarnings(): void {
  warned.clear();
  requestedUids.clear();
}
