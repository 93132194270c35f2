// Shared bits for the contract tests (DESIGN.md's API, tested from outside). Imports only the public entries, as a merchant would.
import { act } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, vi } from 'vitest';
import { installMockIamport } from '../../src/testing';
import { renderProbe, settle } from './probe';
import {
  IamportProvider,
  useBillingKey,
  type BillingKeyError,
  type BillingKeyOutcome,
  type BillingKeyRequest,
  type IamportProviderProps,
  type IamportResponse,
  type RequestPayParams,
  type UseBillingKeyOptions,
  type UseBillingKeyValue,
} from '../../src';

export const USER_CODE = 'imp12345678';

/**
 * The test kit's mock in `'manual'` mode, with spies on its SDK methods: windows stay open until the test answers them.
 * `answer(fields)` answers the oldest open window with a success (`imp_uid: 'imp_100'`) and `fields` laid over it.
 */
export function holdingIamport() {
  const mock = installMockIamport({ answer: 'manual' });
  const sdk = {
    init: vi.spyOn(mock.sdk, 'init'),
    request_pay: vi.spyOn(mock.sdk, 'request_pay'),
  };
  return {
    mock,
    sdk,
    /** The windows still open, oldest first. */
    get open() {
      return mock.pending.map((params) => ({ params }));
    },
    answer(response: IamportResponse = {}) {
      mock.answer({ imp_uid: 'imp_100', ...response });
    },
  };
}

/** Renders a hook probe inside a provider; `hook.current` is the latest useBillingKey value, `statuses` every status rendered. */
export function renderHook(
  providerProps: Partial<IamportProviderProps> = {},
  options: UseBillingKeyOptions = {},
  extra?: ReactNode,
) {
  const onResult = vi.fn<(o: BillingKeyOutcome) => void>();
  const probe = renderProbe<UseBillingKeyValue>(
    () => useBillingKey(options),
    (child) => (
      <IamportProvider userCode={USER_CODE} onResult={onResult} {...providerProps}>
        {child}
        {extra}
      </IamportProvider>
    ),
  );
  return { ...probe, onResult };
}

export { settle };

export const base: BillingKeyRequest = { pg: 'kcp_billing', customerUid: 'member_42_card_1' };

/** Sends `request` through the hook and expects `INVALID_PARAMS` on `field`, with no window opened. */
export async function expectRefused(request: BillingKeyRequest, field: string): Promise<void> {
  const iamport = installMockIamport();
  const { hook, unmount } = renderHook();
  let error: BillingKeyError | undefined;
  await act(async () => {
    await hook.current.request(request).catch((e: BillingKeyError) => (error = e));
  });
  expect(error).toMatchObject({ code: 'INVALID_PARAMS', field });
  expect(iamport.requests).toHaveLength(0);
  unmount();
  iamport.uninstall();
}

/** Sends `request` through the hook, expects one window, and returns what `request_pay` got. */
export async function expectSent(request: BillingKeyRequest): Promise<RequestPayParams> {
  const iamport = installMockIamport();
  const { hook, unmount } = renderHook();
  await act(async () => {
    await hook.current.request(request);
  });
  expect(iamport.requests).toHaveLength(1);
  unmount();
  iamport.uninstall();
  return iamport.lastRequest();
}
