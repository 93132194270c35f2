import { afterEach, describe, expect, it, vi } from 'vitest';
import { callSafely } from '../../../../src/core/flows/call-safely';

afterEach(() => vi.useRealTimers());

describe('callSafely', () => {
  it('runs the callback at once', () => {
    const callback = vi.fn();
    callSafely(callback);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not let a throw escape now, and rethrows it on a later tick', () => {
    vi.useFakeTimers();
    const bug = new Error('merchant bug');
    expect(() =>
      callSafely(() => {
        throw bug;
      }),
    ).not.toThrow();
    expect(() => vi.runAllTimers()).toThrow(bug);
  });
});
