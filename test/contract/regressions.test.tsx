// Gaps the outside acceptance tests found (and that are now fixed): kept so they stay fixed.
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IamportProvider, useIamport, type UseIamportValue } from '../../src';
import { createMerchantUid } from '../../src/core';
import { USER_CODE } from '../support/kit';

describe('createMerchantUid with a long prefix', () => {
  // TSDoc: "A new merchant_uid for one attempt … at most 40 characters". The 40-character cut falls on the
  // time/counter/random tail, so a prefix of 32+ characters gives the same uid to every call in the same millisecond.
  it('stays unique (the cut must shorten the prefix, not the unique tail)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
      const prefix = 'subscription_member_1234567890_x'; // 32 characters
      const uids = Array.from({ length: 50 }, () => createMerchantUid(prefix));
      for (const uid of uids) expect(uid.length).toBeLessThanOrEqual(40);
      expect(new Set(uids).size).toBe(uids.length);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a failed SDK load stays failed until the next attempt', () => {
  // DESIGN: "A failed or timed-out load is reported … and the next attempt removes the bad tag and loads again."
  // A parent re-render that passes a new (inline) `messages` object is not an attempt, but it starts a new load.
  it('re-rendering the provider with equal props does not start loading again', async () => {
    const sdk: { current?: UseIamportValue } = {};
    function Probe() {
      sdk.current = useIamport();
      return null;
    }
    const page = () => (
      <IamportProvider userCode={USER_CODE} messages={{ button: { label: '카드 등록' } }}>
        <Probe />
      </IamportProvider>
    );
    const { rerender } = render(page());
    act(() => {
      document.querySelector('script')!.dispatchEvent(new Event('error'));
    });
    await waitFor(() => expect(sdk.current?.status).toBe('error'));
    const failedTag = document.querySelector('script');
    rerender(page());
    await act(async () => {});
    expect(sdk.current?.status).toBe('error');
    expect(document.querySelector('script')).toBe(failedTag);
  });
});
