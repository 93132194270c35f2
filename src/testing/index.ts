/**
 * `react-billing-key/testing` — stand-ins for the PortOne SDKs (`window.IMP` for v1, `window.PortOne` for v2) with a
 * simulated payment window, and a reset of the library's page state. Plain DOM, no React: it works in any test setup
 * (Vitest + jsdom, Jest, Playwright) and in Storybook. Keep it out of production bundles (import it only in tests and
 * in development builds).
 * @packageDocumentation
 */
export { installMockIamport, type MockIamport, type MockIamportOptions } from './mock-iamport';
export { installMockPortOne, type MockPortOne, type MockPortOneOptions } from './mock-portone';
export type { MockAnswerMode, MockOutcome } from './mock-windows';
export { resetBillingKeyState } from './reset';
export type { IamportSdk } from '../core/page/v1-sdk';
export type { RequestPayParams, IamportResponse } from '../core/vocabulary/v1-wire';
export type { PortOneSdk } from '../core/page/v2-sdk';
export type { IssueBillingKeyParams, IssueBillingKeyResponse } from '../core/vocabulary/v2-wire';
