// Shared bits for the v2 contract tests (DESIGN.md "v2 API", tested from outside). Imports only the public entries
// (react-billing-key/v2 and react-billing-key/testing), as a merchant would.
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { installMockPortOne, type MockPortOneOptions } from '../../src/testing';
import { renderProbe, settle } from './probe';
import {
  PortOneProvider,
  useBillingKey,
  type BillingKeyOutcome,
  type BillingKeyRequest,
  type IssueBillingKeyResponse,
  type PortOneProviderProps,
  type UseBillingKeyOptions,
  type UseBillingKeyValue,
} from '../../src/v2';

export const STORE_ID = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
export const CHANNEL_KEY = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';

/** Toss Payments' card window: no extra field required. */
export const base: BillingKeyRequest = { pg: 'tosspayments', channelKey: CHANNEL_KEY };

/**
 * The test kit's v2 mock in `'manual'` mode with a spy on `requestIssueBillingKey`: windows stay open until the test
 * answers them. `answer(fields)` answers the oldest open window with a success (`billingKey: 'billing-key-100'`) and
 * `fields` laid over it.
 */
export function holdingPortOne(options: MockPortOneOptions = {}) {
  const mock = installMockPortOne({ answer: 'manual', ...options });
  const requestIssueBillingKey = vi.spyOn(mock.sdk, 'requestIssueBillingKey');
  return {
    mock,
    requestIssueBillingKey,
    answer(response: IssueBillingKeyResponse = {}) {
      mock.answer({ billingKey: 'billing-key-100', ...response });
    },
  };
}

/** Renders a hook probe inside a PortOneProvider; `hook.current` is the latest useBillingKey value, `statuses` every status. */
export function renderV2Hook(
  providerProps: Partial<PortOneProviderProps> = {},
  options: UseBillingKeyOptions = {},
  extra?: ReactNode,
) {
  const onResult = vi.fn<(o: BillingKeyOutcome) => void>();
  const probe = renderProbe<UseBillingKeyValue>(
    () => useBillingKey(options),
    (child) => (
      <PortOneProvider storeId={STORE_ID} onResult={onResult} {...providerProps}>
        {child}
        {extra}
      </PortOneProvider>
    ),
  );
  return { ...probe, onResult };
}

export { settle };
