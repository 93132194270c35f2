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
export type { IamportSdk } from '../core/page/iamport-sdk';
export type { RequestPayParams } from '../core/request/v1-types';
export type { IamportResponse } from '../core/outcome/v1-types';
export type { PortOneSdk } from '../core/page/portone-sdk';
export type { IssueBillingKeyParams } from '../core/request/v2-types';
export type { IssueBillingKeyResponse } from '../core/outcome/v2-types';
