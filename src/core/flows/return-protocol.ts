import type { CoreMessages } from '../vocabulary/core-messages';
import { recallAttempt, type AttemptStore } from '../page/attempt-store';
import type { AttemptFieldsReader, AttemptRecord } from '../request/attempt-record';
import { readReturnKeys, stripQueryKeys } from '../request/redirect-url';
import type { RedirectReturn, ReturnProtocol } from './protocol';

/**
 * A generation's {@link ReturnProtocol}, written once: the return's query keys are read from the page URL (an ambiguous
 * URL, a key written twice, is no return: nothing is picked and the URL is left alone), a remembered attempt is read
 * back from `attempts` with `readAttempt`, and the keys are removed from the address afterwards. `readReturn` says what
 * the generation's keys mean: the attempt they answer and its outcome, or `null` when they are not a return.
 */
export function createReturnProtocol<TResult, TRecord extends AttemptRecord>(
  generation: 'v1' | 'v2',
  attempts: AttemptStore<TRecord>,
  readAttempt: AttemptFieldsReader<TRecord>,
  queryKeys: readonly string[],
  readReturn: (query: Readonly<Record<string, string>>, messages: CoreMessages) => RedirectReturn<TResult, TRecord> | null,
): ReturnProtocol<TResult, TRecord> {
  return {
    generation,
    attempts,
    recall: (id) => recallAttempt(attempts, id, readAttempt),
    readRedirect(url, messages) {
      const query = readReturnKeys(url, queryKeys);
      return query && readReturn(query, messages);
    },
    stripRedirect: (url) => stripQueryKeys(url, queryKeys),
  };
}
