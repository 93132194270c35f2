// DESIGN.md "v2 API", PortOneProvider: window.PortOne when present, one script however many providers/buttons/hooks,
// sdkUrl / nonce / integrity, SDK_LOAD_FAILED / SDK_TIMEOUT, and a retry that loads again (PortOne's own npm loader
// keeps a failed load for the life of the page).
import { act, render, waitFor } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { IamportProvider } from '../../../src';
import { installMockPortOne } from '../../../src/testing';
import { BillingKeyButton, PortOneProvider, useBillingKey, usePortOne, type UsePortOneValue } from '../../../src/v2';
import { base, renderV2Hook, settle, STORE_ID } from '../../support/v2-kit';

const scripts = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script'));

function Probe({ probeRef }: { probeRef: { current?: UsePortOneValue } }) {
  const value = usePortOne();
  useEffect(() => {
    probeRef.current = value;
  });
  return <output aria-label="sdk">{value.status}</output>;
}

describe('loading the v2 SDK', () => {
  it('uses the page’s own window.PortOne and adds no script', async () => {
    installMockPortOne();
    const sdk: { current?: UsePortOneValue } = {};
    renderV2Hook({}, {}, <Probe probeRef={sdk} />);
    await waitFor(() => expect(sdk.current?.status).toBe('ready'));
    expect(scripts()).toHaveLength(0);
  });

  it('adds exactly one script for https://cdn.portone.io/v2/browser-sdk.js for many providers, buttons and hooks, with nonce and integrity', () => {
    function Hook() {
      useBillingKey();
      usePortOne();
      return null;
    }
    render(
      <StrictMode>
        <PortOneProvider storeId={STORE_ID} nonce="n0nce" integrity="sha384-abc">
          <BillingKeyButton {...base} />
          <BillingKeyButton {...base} pg="kakaopay" />
          <Hook />
        </PortOneProvider>
        <PortOneProvider storeId="store-other" nonce="n0nce" integrity="sha384-abc">
          <Hook />
        </PortOneProvider>
      </StrictMode>,
    );
    const tags = scripts();
    expect(tags).toHaveLength(1);
    expect(tags[0]!.src).toBe('https://cdn.portone.io/v2/browser-sdk.js');
    expect(tags[0]!.integrity).toBe('sha384-abc');
    expect(tags[0]!.crossOrigin).toBe('anonymous');
    expect(tags[0]!.nonce || tags[0]!.getAttribute('nonce')).toBe('n0nce');
  });

  it('loads from sdkUrl when given', () => {
    render(<PortOneProvider storeId={STORE_ID} sdkUrl="https://example.com/browser-sdk.js" />);
    expect(scripts().map((s) => s.src)).toEqual(['https://example.com/browser-sdk.js']);
  });

  it('usePortOne: loading → ready when the script defines window.PortOne; a click meanwhile opens the window then', async () => {
    const sdk: { current?: UsePortOneValue } = {};
    const { hook } = renderV2Hook({}, {}, <Probe probeRef={sdk} />);
    expect(sdk.current?.status).toBe('loading');
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    const portOne = installMockPortOne();
    await act(async () => {
      scripts()[0]!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(sdk.current?.status).toBe('ready'));
    await waitFor(() => expect(box.done).toBe(true));
    expect(portOne.requests).toHaveLength(1);
    expect(box.value).toMatchObject({ billingKey: expect.stringMatching(/^billing-key-/) as unknown });
  });

  it('a script that loads without window.PortOne → SDK_LOAD_FAILED; retry() removes the bad tag and loads again', async () => {
    const sdk: { current?: UsePortOneValue } = {};
    const { hook } = renderV2Hook({ locale: 'en' }, {}, <Probe probeRef={sdk} />);
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => {
      scripts()[0]!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({
      code: 'SDK_LOAD_FAILED',
      message: 'The payment module could not be loaded. Please try again shortly.',
    });
    expect(sdk.current).toMatchObject({ status: 'error', error: { code: 'SDK_LOAD_FAILED' } });
    const failed = scripts()[0];
    act(() => sdk.current!.retry());
    expect(failed!.isConnected).toBe(false);
    expect(scripts()).toHaveLength(1);
    expect(sdk.current!.status).toBe('loading');
  });

  it('a script that never answers → SDK_TIMEOUT after loadTimeoutMs', async () => {
    vi.useFakeTimers();
    try {
      const { hook } = renderV2Hook({ loadTimeoutMs: 1000 });
      let box!: ReturnType<typeof settle>;
      act(() => {
        box = settle(hook.current.request(base));
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      expect(box.error).toMatchObject({ code: 'SDK_TIMEOUT' });
      expect(hook.current.status).toBe('failure');
    } finally {
      vi.useRealTimers();
    }
  });

  it('v1 and v2 load side by side: each provider its own SDK, one tag each', () => {
    render(
      <>
        <IamportProvider userCode="imp12345678" />
        <PortOneProvider storeId={STORE_ID} />
        <IamportProvider userCode="imp12345678" />
        <PortOneProvider storeId={STORE_ID} />
      </>,
    );
    expect(scripts().map((s) => [s.getAttribute('data-react-billing-key'), s.src])).toEqual([
      ['v1', 'https://cdn.iamport.kr/v1/iamport.js'],
      ['v2', 'https://cdn.portone.io/v2/browser-sdk.js'],
    ]);
  });
});
