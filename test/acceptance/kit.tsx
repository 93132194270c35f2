// Shared bits for the outside acceptance tests. Imports only the public entries, as a merchant would.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import {
  IamportProvider,
  useBillingKey,
  type BillingKeyOutcome,
  type BillingKeyRequest,
  type IamportProviderProps,
  type IamportResponse,
  type IamportSdk,
  type RequestPayParams,
  type UseBillingKeyOptions,
  type UseBillingKeyValue,
} from '../../src';

export const USER_CODE = 'imp12345678';

/** A hand-written window.IMP whose windows stay open until the test answers them. */
export function holdingIamport() {
  const open: { params: RequestPayParams; callback?: (r: IamportResponse) => void }[] = [];
  const sdk = {
    init: vi.fn<(code: string) => void>(),
    request_pay: vi.fn((params: RequestPayParams, callback?: (r: IamportResponse) => void) => {
      open.push({ params, callback });
    }),
  } satisfies IamportSdk;
  (window as { IMP?: IamportSdk }).IMP = sdk;
  return {
    sdk,
    open,
    /** Answers the oldest open window (response fields merged over imp_uid / merchant_uid). */
    answer(response: IamportResponse = {}) {
      const next = open.shift();
      if (!next) throw new Error('no open window');
      next.callback?.({ imp_uid: 'imp_100', merchant_uid: next.params.merchant_uid, ...response });
    },
  };
}

/** Renders a hook probe inside a provider; `hook.current` is the latest useBillingKey value, `statuses` every status rendered. */
export function renderHook(
  providerProps: Partial<IamportProviderProps> = {},
  options: UseBillingKeyOptions = {},
  extra?: ReactNode,
) {
  const hook = { current: undefined as unknown as UseBillingKeyValue };
  const statuses: string[] = [];
  const onResult = vi.fn<(o: BillingKeyOutcome) => void>();
  function Probe() {
    hook.current = useBillingKey(options);
    if (statuses.at(-1) !== hook.current.status) statuses.push(hook.current.status);
    return <output aria-label="status">{hook.current.status}</output>;
  }
  const view = render(
    <IamportProvider userCode={USER_CODE} onResult={onResult} {...providerProps}>
      <Probe />
      {extra}
    </IamportProvider>,
  );
  return { ...view, hook, statuses, onResult };
}

/** Calls request and captures the settled value without an unhandled rejection. */
export function settle(promise: Promise<unknown>) {
  const box: { value?: unknown; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(box, { value, done: true }),
    (error: unknown) => Object.assign(box, { error, done: true }),
  );
  return box;
}

export const base: BillingKeyRequest = { pg: 'jtnet', customerUid: 'member_42_card_1' };
