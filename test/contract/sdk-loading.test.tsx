// DESIGN.md, IamportProvider: one script tag however many providers/buttons/hooks; reuse window.IMP; IMP.init rules;
// SDK_LOAD_FAILED / SDK_TIMEOUT and a retry that removes the bad tag; useIamport() states.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider, useBillingKey, useIamport, type UseIamportValue } from '../../src';
import { IAMPORT_SDK_URL as DEFAULT_SDK_URL } from '../../src/core';
import { installMockIamport } from '../../src/testing';
import { expectDevWarning } from '../support/dev-warnings';
import { base, renderHook, settle, USER_CODE } from '../support/kit';

const scripts = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script'));

function IamportProbe({ probeRef }: { probeRef: { current?: UseIamportValue } }) {
  const value = useIamport();
  useEffect(() => {
    probeRef.current = value;
  });
  return <output aria-label="sdk">{value.status}</output>;
}

describe('loading the SDK', () => {
  it('uses the page’s own window.IMP and adds no script', async () => {
    const iamport = installMockIamport();
    const sdk: { current?: UseIamportValue } = {};
    renderHook({}, {}, <IamportProbe probeRef={sdk} />);
    await waitFor(() => expect(sdk.current?.status).toBe('ready'));
    expect(scripts()).toHaveLength(0);
    iamport.uninstall();
  });

  it('adds exactly one script for the default URL for many providers, buttons and hooks, with nonce and integrity', () => {
    function Hook() {
      useBillingKey();
      useIamport();
      return null;
    }
    render(
      <StrictMode>
        <IamportProvider userCode="imp1" nonce="n0nce" integrity="sha384-abc">
          <BillingKeyButton {...base} />
          <BillingKeyButton {...base} customerUid="other" />
          <Hook />
        </IamportProvider>
        <IamportProvider userCode="imp2" nonce="n0nce" integrity="sha384-abc">
          <Hook />
          <IamportProvider userCode="imp3" nonce="n0nce" integrity="sha384-abc">
            <BillingKeyButton pg="kicc" customerUid="c" />
          </IamportProvider>
        </IamportProvider>
      </StrictMode>,
    );
    const tags = scripts();
    expect(tags).toHaveLength(1);
    expect(tags[0]!.src).toBe('https://cdn.iamport.kr/v1/iamport.js');
    expect(DEFAULT_SDK_URL).toBe('https://cdn.iamport.kr/v1/iamport.js');
    expect(tags[0]!.integrity).toBe('sha384-abc');
    // The nonce property (the attribute is hidden once the element is connected, as browsers do).
    expect(tags[0]!.nonce || tags[0]!.getAttribute('nonce')).toBe('n0nce');
  });

  it('loads from sdkUrl when given', () => {
    render(<IamportProvider userCode={USER_CODE} sdkUrl="https://example.com/iamport.js" />);
    expect(scripts().map((s) => s.src)).toEqual(['https://example.com/iamport.js']);
  });

  it('useIamport: loading → ready when the script defines window.IMP', async () => {
    const sdk: { current?: UseIamportValue } = {};
    render(
      <IamportProvider userCode={USER_CODE}>
        <IamportProbe probeRef={sdk} />
      </IamportProvider>,
    );
    expect(sdk.current?.status).toBe('loading');
    const iamport = installMockIamport();
    await act(async () => {
      scripts()[0]!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(sdk.current?.status).toBe('ready'));
    expect(sdk.current?.error).toBeNull();
    iamport.uninstall();
  });

  it('a failed load is SDK_LOAD_FAILED; retry() removes the bad tag, loads again and reaches ready', async () => {
    const sdk: { current?: UseIamportValue } = {};
    const { hook } = renderHook({}, {}, <IamportProbe probeRef={sdk} />);
    const first = scripts()[0]!;
    let pending!: ReturnType<typeof settle>;
    act(() => {
      pending = settle(hook.current.request(base));
    });
    await act(async () => {
      first.dispatchEvent(new Event('error'));
    });
    await waitFor(() => expect(sdk.current?.status).toBe('error'));
    expect(sdk.current?.error).toMatchObject({ code: 'SDK_LOAD_FAILED' });
    await waitFor(() => expect(pending.done).toBe(true));
    expect(pending.error).toMatchObject({ code: 'SDK_LOAD_FAILED' });
    expect(hook.current.status).toBe('failure');

    await act(async () => sdk.current!.retry());
    const again = scripts();
    expect(again).toHaveLength(1);
    expect(again[0]).not.toBe(first);
    expect(first.isConnected).toBe(false);
    const iamport = installMockIamport();
    await act(async () => {
      again[0]!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(sdk.current?.status).toBe('ready'));
    expect(sdk.current?.error).toBeNull();
    iamport.uninstall();
  });

  it('the next request after a failed load loads again by itself and opens the window', async () => {
    const { hook } = renderHook();
    const first = scripts()[0]!;
    await act(async () => {
      first.dispatchEvent(new Event('error'));
    });
    let pending!: ReturnType<typeof settle>;
    act(() => {
      pending = settle(hook.current.request(base));
    });
    await waitFor(() => expect(scripts()[0]).not.toBe(first));
    expect(scripts()).toHaveLength(1);
    expect(hook.current.status).toBe('loading');
    const iamport = installMockIamport();
    await act(async () => {
      scripts()[0]!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(pending.done).toBe(true));
    expect(pending.error).toBeUndefined();
    expect(iamport.requests).toHaveLength(1);
    iamport.uninstall();
  });

  it('a script that loads without defining window.IMP is SDK_LOAD_FAILED', async () => {
    const sdk: { current?: UseIamportValue } = {};
    render(
      <IamportProvider userCode={USER_CODE}>
        <IamportProbe probeRef={sdk} />
      </IamportProvider>,
    );
    await act(async () => {
      scripts()[0]!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(sdk.current?.status).toBe('error'));
    expect(sdk.current?.error?.code).toBe('SDK_LOAD_FAILED');
  });

  it('a load that never finishes is SDK_TIMEOUT for useIamport and for a waiting request', async () => {
    vi.useFakeTimers();
    try {
      const sdk: { current?: UseIamportValue } = {};
      const { hook } = renderHook({ loadTimeoutMs: 5000 }, {}, <IamportProbe probeRef={sdk} />);
      let pending!: ReturnType<typeof settle>;
      act(() => {
        pending = settle(hook.current.request(base));
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(5001);
      });
      expect(sdk.current?.status).toBe('error');
      expect(sdk.current?.error?.code).toBe('SDK_TIMEOUT');
      expect(pending.error).toMatchObject({ code: 'SDK_TIMEOUT' });
      expect(hook.current.status).toBe('failure');
    } finally {
      vi.useRealTimers();
    }
  });

  it('SDK errors follow each provider’s locale', async () => {
    const en: { current?: UseIamportValue } = {};
    const ko: { current?: UseIamportValue } = {};
    render(
      <>
        <IamportProvider userCode={USER_CODE} locale="en">
          <IamportProbe probeRef={en} />
        </IamportProvider>
        <IamportProvider userCode={USER_CODE}>
          <IamportProbe probeRef={ko} />
        </IamportProvider>
      </>,
    );
    await act(async () => {
      scripts()[0]!.dispatchEvent(new Event('error'));
    });
    await waitFor(() => expect(en.current?.status).toBe('error'));
    expect(ko.current?.error?.code).toBe('SDK_LOAD_FAILED');
    expect(en.current!.error!.message).not.toMatch(/[가-힣]/);
    expect(ko.current!.error!.message).toMatch(/[가-힣]/);
  });
});

describe('IMP.init', () => {
  it('runs before the first request and again only when another provider’s userCode was used in between', async () => {
    // The buttons register the same member's card again and again, which the library points out.
    expectDevWarning('already got a key on this page');
    const iamport = installMockIamport();
    const doneA = vi.fn();
    const doneB = vi.fn();
    render(
      <>
        <IamportProvider userCode="impAAAA">
          <BillingKeyButton {...base} onSuccess={doneA} onFailure={doneA}>
            A
          </BillingKeyButton>
        </IamportProvider>
        <IamportProvider userCode="impBBBB">
          <BillingKeyButton {...base} onSuccess={doneB} onFailure={doneB}>
            B
          </BillingKeyButton>
        </IamportProvider>
      </>,
    );
    const click = async (name: string, done: ReturnType<typeof vi.fn>, times: number) => {
      fireEvent.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(done).toHaveBeenCalledTimes(times));
    };
    await click('A', doneA, 1);
    expect(iamport.inits).toEqual(['impAAAA']);
    await click('A', doneA, 2);
    expect(iamport.inits).toEqual(['impAAAA']);
    await click('B', doneB, 1);
    await click('A', doneA, 3);
    expect(iamport.inits).toEqual(['impAAAA', 'impBBBB', 'impAAAA']);
    expect(iamport.requests).toHaveLength(4);
    iamport.uninstall();
  });
});
