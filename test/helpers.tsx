import { vi } from 'vitest';
import type { IamportResponse, IamportSdk, RequestPayParams } from '../src';

/** A stand-in `window.IMP` whose `request_pay` answers with `respond(params)` (or never, when it returns undefined). */
export function stubIamport(
  respond: (params: RequestPayParams) => IamportResponse | undefined = (p) => ({
    imp_uid: 'imp_1',
    merchant_uid: p.merchant_uid,
    error_code: null,
    error_msg: null,
  }),
) {
  const callbacks: ((response: IamportResponse) => void)[] = [];
  const sdk = {
    init: vi.fn<(userCode: string) => void>(),
    request_pay: vi.fn((params: RequestPayParams, callback?: (response: IamportResponse) => void) => {
      if (callback) callbacks.push(callback);
      const response = respond(params);
      if (response && callback) callback(response);
    }),
  } satisfies IamportSdk;
  (window as { IMP?: IamportSdk }).IMP = sdk;
  return {
    sdk,
    /** Answers the oldest window still open. */
    answer(response: IamportResponse) {
      callbacks.shift()?.(response);
    },
    lastParams(): RequestPayParams {
      const call = sdk.request_pay.mock.calls.at(-1);
      if (!call) throw new Error('request_pay was not called');
      return call[0];
    },
  };
}
