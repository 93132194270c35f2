/**
 * `react-billing-key/server` — the merchant server's half: verify, confirm, charge, list and delete billing keys, take
 * PortOne's webhooks, and answer the browser's `verify` (`verifyWith(url)` in the React entries) with a Fetch-API
 * handler. v2 runs on the official `@portone/server-sdk` (an optional peer dependency, loaded only when a v2 server is
 * used); v1 talks to PortOne's REST API over `fetch`. Server only: no React, no `window`; Node ≥ 20 and edge runtimes.
 * The API secret, the webhook secret and access tokens never appear in an error, an answer or a log line.
 * Guide: docs/server.md.
 * @packageDocumentation
 */
export { BillingServerError, isBillingServerError, type BillingServerErrorCode, type BillingServerErrorDetails } from './errors';
export { DEFAULT_TIMEOUT_MS } from './http';
export type { VerifyRefusal, VerifyResult } from './verify-result';

// v1 (iamport REST API).
export { createIamportServer, IAMPORT_API_URL, type IamportServer, type IamportServerOptions } from './iamport-server';
// The v1 server's types (IamportCustomer, IamportPayment, IamportChargeInput…): the module holds nothing else.
export type * from './v1-types';

// v2 (@portone/server-sdk).
export { createPortOneServer, PORTONE_API_URL, type PortOneServer, type PortOneServerOptions } from './portone-server';
// The v2 server's types (PortOneBillingKeyInfo, PortOneChargeInput, PortOneSdkModule…): the module holds nothing else.
export type * from './v2-types';

// The browser's verify endpoint.
export {
  createVerifyHandler,
  VERIFY_HANDLER_STATUS,
  type AuthorizedBuyer,
  type VerifiedKey,
  type VerifyHandlerAnswer,
  type VerifyHandlerOptions,
} from './verify-handler';
