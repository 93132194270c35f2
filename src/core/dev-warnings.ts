import { DEV } from './dev';
import type { PreparedRequest } from './request';
import type { BillingKeyRequest } from './types';

// Typed here so the library needs no Node types; bundlers replace `process.env.NODE_ENV` by its value.
// Checked at call time too (after the DEV constant, which bundlers fold) so tests can switch NODE_ENV.
declare const process: { env: { NODE_ENV?: string } };

// Messages already printed, and customerUids that got a key, in this page session.
const warned = /* @__PURE__ */ new Set<string>();
const issuedUids = /* @__PURE__ */ new Set<string>();

/**
 * Development-only `console.warn`s about a validated request that PortOne accepts but that probably does not do what the
 * developer expects: an amount a display-only PG will not charge, a phone PG without `params.digital`, a `customerUid`
 * issued earlier on this page, a `payMethod` the PG ignores. Each distinct message is printed once per page.
 * Silent when `process.env.NODE_ENV === 'production'`, and removed by bundlers that define it.
 * @param prepared The result of `prepareRequest`.
 * @param request The request as given, to tell an explicit `payMethod` from the default.
 */
export function warnAboutRequest(prepared: PreparedRequest, request?: Pick<BillingKeyRequest, 'payMethod'>): void {
  if (DEV && process.env.NODE_ENV !== 'production') {
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
    if (issuedUids.has(customerUid)) {
      warn(
        `customerUid "${customerUid}" already got a key on this page: this request replaces the card behind it and ` +
          'the old key is not revoked. Use one customerUid per member per card.',
      );
    }
  }
}

/** Remembers that `customerUid` got a key, so a later request for it warns (development only). */
export function noteIssuedKey(customerUid: string | null): void {
  if (DEV && customerUid && process.env.NODE_ENV !== 'production') issuedUids.add(customerUid);
}

/** Forgets which warnings were printed and which customerUids got keys (for tests). */
export function resetDevWarnings(): void {
  warned.clear();
  issuedUids.clear();
}
