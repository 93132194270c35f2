/**
 * PG codes PortOne knows that do not issue v1 billing keys through the window, with the reason (English, for the
 * developer). A request for one of them is `INVALID_PARAMS` on `pg`.
 */
export const NOT_WINDOW_BILLING_PGS: Readonly<Record<string, string>> = {
  nice: "NICE's old module issues billing keys only through the REST API in v1 (for window billing use 'nice_v2').",
  ksnet: 'KSNET issues billing keys only through the REST API in v1 (window billing is v2 only).',
  daou: 'Daou (Kiwoom Pay) issues billing keys only through the REST API in v1.',
  settle: "Hecto (settle) card billing keys come only through the REST API in v1 (the bank-account window is 'settle_acc').",
  uplus: "The old Toss Payments module (uplus) does not issue billing keys through the window; use 'tosspayments'.",
  eximbay: 'Eximbay has no billing-key issuance in v1.',
  tosspay: "The old Toss Pay module does not issue billing keys; use 'tosspay_v2'.",
  kpn: 'KPN issues billing keys only in PortOne v2 (react-billing-key/v2).',
  inicis_unified: 'inicis_unified is identity verification, not payment.',
  kcp_quick:
    "KCP 퀵페이 (registerAutoPay) issues its own auto-pay key, charged through KCP's own API: not a PortOne billing key. " +
    "For NHN KCP billing keys use 'kcp_billing'.",
  paypal_v2: "PayPal RT opens through IMP.loadUI('paypal-rt', …) into a container, not request_pay: use PayPalBillingButton.",
};
