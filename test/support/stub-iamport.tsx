import { vi } from 'vitest';
import type { IamportResponse, RequestPayParams } from '../../src';
import { installMockIamport } from '../../src/testing';

/**
 * The test kit's mock with spies, answering each window synchronously with `respond(params)` (a success with
 * `imp_uid: 'imp_1'` by default) laid over the mock's success, or leaving it open when `respond` returns undefined.
 */
export function stubIamport(respond: (params: RequestPayParams) => IamportResponse | undefined = () => ({ imp_uid: 'imp_1' })) {
  const mock = installMockIamport({ answer: 'manual' });
  const requestPay = mock.sdk.request_pay.bind(mock.sdk);
  const sdk = {
    init: vi.spyOn(mock.sdk, 'init'),
    request_pay: vi.spyOn(mock.sdk, 'request_pay').mockImplementation((params, callback) => {
      requestPay(params, callback);
      const response = respond(params);
      if (response) mock.answer(response);
    }),
  };
  return {
    mock,
    sdk,
    /** Answers the oldest window still open. */
    answer(response: IamportResponse) {
      mock.answer(response);
    },
    lastParams(): RequestPayParams {
      return mock.lastRequest();
    },
  };
}
